import 'server-only';

import { APIKeys } from '@clerk/nextjs';

import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { formatDate } from '@/lib/format';
import { createApiKey, revokeApiKey } from '@/lib/auth/tokens/actions';
import type { MemberKeys } from '@/lib/auth/tokens/member-keys';
import {
  OPENAPI_PATH,
  PRIVATE_FEED_PATH,
  PRIVATE_ME_PATH,
  PRIVATE_POSTS_PATH,
  privateApiPostHref,
} from '@/lib/paths';
import { absoluteUrl } from '@/lib/site-url';

import { ConfirmSubmit } from './confirm-submit';
import { SecretForm } from './secret-form';
import { TitledCard } from '@/components/layout/card';

const REVOKE_NOTICES: Record<string, string> = {
  revoked: 'Key revoked: it stops working within a minute.',
  'not-found': 'That key was not found among yours.',
  unavailable: 'Clerk could not revoke the key just now: try again in a minute.',
};

/** The plain list a demo build shows where Clerk's `<APIKeys />` needs Clerk's script: list, make, revoke. */
function PlainApiKeys({ keys, notice }: { keys: MemberKeys; notice: string | undefined }) {
  if (keys.kind === 'unavailable')
    return (
      <p className="mt-3 text-sm">
        Your API keys cannot be listed right now (Clerk did not answer): reload in a minute.
      </p>
    );
  return (
    <>
      {notice && REVOKE_NOTICES[notice] ? (
        <p role="status" className="mt-3 text-sm">
          {REVOKE_NOTICES[notice]}
        </p>
      ) : null}
      {keys.keys.length === 0 ? (
        <p className="mt-3 text-sm">You have no API keys.</p>
      ) : (
        <ul className="mt-3 divide-y divide-stone-200 dark:divide-stone-800">
          {keys.keys.map((key) => (
            <li key={key.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <span>
                <span className="font-medium">{key.name}</span>
                <span className="block text-sm text-stone-600 dark:text-stone-400">
                  Made {formatDate(new Date(key.createdAt).toISOString())}
                </span>
              </span>
              <form action={revokeApiKey}>
                <input type="hidden" name="keyId" value={key.id} />
                <ConfirmSubmit
                  title={`Revoke the key ${key.name}?`}
                  consequence="Scripts that send it can no longer read anything, within a minute. This cannot be undone."
                  confirm="Revoke the key"
                  cancel="Keep the key"
                  className="rounded-md border border-stone-400 px-3 py-1 text-sm font-semibold dark:border-stone-600"
                >
                  Revoke <span className="sr-only">{key.name}</span>
                </ConfirmSubmit>
              </form>
            </li>
          ))}
        </ul>
      )}
      <SecretForm
        action={createApiKey}
        secretLabel="New API key (shown once)"
        current={null}
        submit="Make an API key"
      >
        <label className="text-sm">
          <span className="block font-semibold">Key name</span>
          <input
            name="name"
            required
            maxLength={64}
            className="mt-1 rounded border border-stone-400 bg-transparent px-2 py-1 dark:border-stone-600"
          />
        </label>
      </SecretForm>
    </>
  );
}

/** "Your API keys": for a member's own scripts, sent as `Authorization: Bearer <key>` to the private API. */
export function ApiKeysSection({ keys, notice }: { keys: MemberKeys; notice: string | undefined }) {
  return (
    <TitledCard id="api-keys" title="Your API keys">
      <p className="mt-2">
        For your own scripts: send a key as <code>Authorization: Bearer &lt;key&gt;</code>.{' '}
        <code>{PRIVATE_POSTS_PATH}</code> lists the members&apos; posts and whether the key may read
        each, <code>{privateApiPostHref('<slug>')}</code> gives one in full,{' '}
        <code>{PRIVATE_ME_PATH}</code> says what the key may read, and{' '}
        <code>{PRIVATE_FEED_PATH}</code> is your full-text feed. A key reads what your plan includes
        today. Every endpoint and answer is described at{' '}
        <a href={OPENAPI_PATH} className="underline">
          <code>{OPENAPI_PATH}</code>
        </a>{' '}
        (OpenAPI 3.1).
      </p>
      <pre className="mt-3 overflow-x-auto rounded bg-stone-100 p-3 text-sm dark:bg-stone-900">
        <code>{`curl -H "Authorization: Bearer <key>" ${absoluteUrl(PRIVATE_POSTS_PATH)}`}</code>
      </pre>
      {isDemoIdentities() ? <PlainApiKeys keys={keys} notice={notice} /> : <APIKeys />}
    </TitledCard>
  );
}
