import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { Card } from '@/components/layout/card';
import { requireSignedIn } from '@/lib/auth/guards/pages';
import { OAUTH_SCOPES } from '@/lib/auth/tokens/credentials';
import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { authorizeRequest, DEMO_READING_APP } from '@/lib/demo/oauth-provider';
import { DASHBOARD_PATH } from '@/lib/paths';

export const metadata: Metadata = { title: 'Allow an app', robots: { index: false } };

const SCOPE_TEXT: Record<string, string> = {
  [OAUTH_SCOPES.posts]: 'list the members’ posts and read those your plan includes',
  [OAUTH_SCOPES.feed]: 'read your full-text feed',
};

/**
 * The demo's consent screen, where a Clerk instance shows its own: a signed-in member allows or
 * refuses an app what it asks. Demo builds only.
 */
export default async function AuthorizePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (!isDemoIdentities()) notFound();
  const query = new URLSearchParams(
    Object.entries(await searchParams).flatMap(([name, value]) =>
      typeof value === 'string' ? [[name, value]] : [],
    ),
  );
  await requireSignedIn(`${DASHBOARD_PATH}/apps/authorize?${query.toString()}`);
  const request = authorizeRequest(query);
  if ('problem' in request)
    return (
      <Card className="mt-6">
        <h1 className="font-serif text-2xl font-bold">This request cannot be shown</h1>
        <p className="mt-2">{request.problem}</p>
      </Card>
    );
  return (
    <Card className="mt-6">
      <h1 className="font-serif text-2xl font-bold">{`Allow ${DEMO_READING_APP.name}?`}</h1>
      <p className="mt-2">It asks to:</p>
      <ul className="mt-2 list-disc pl-6">
        {request.scopes.map((scope) => (
          <li key={scope}>
            {SCOPE_TEXT[scope]} (<code>{scope}</code>)
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        You can revoke it at any time under &ldquo;Apps you allowed&rdquo; on your dashboard. (The
        demo&apos;s stand-in for Clerk&apos;s consent screen.)
      </p>
      <form method="post" action={`${DASHBOARD_PATH}/apps/consent`} className="mt-4 flex gap-3">
        {[...query.entries()].map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button
          name="decision"
          value="allow"
          className="rounded-md bg-stone-900 px-4 py-2 font-semibold text-white dark:bg-stone-100 dark:text-stone-900"
        >
          Allow
        </button>
        <button
          name="decision"
          value="deny"
          className="rounded-md border border-stone-400 px-4 py-2 font-semibold"
        >
          Deny
        </button>
      </form>
    </Card>
  );
}
