'use client';

import { useActionState } from 'react';

import { RefusalAlert } from '@/components/forms/refusal-alert';
import type { SecretFormState } from '@/lib/auth/tokens/actions';

import { ConfirmSubmit } from './confirm-submit';
import { CopyText } from './copy-text';

const buttonClass =
  'rounded-md border border-stone-400 px-4 py-2 font-semibold dark:border-stone-600';

/**
 * The private feed URL and the button that makes it, or resets it after a confirmation: always
 * the URL as it now is, so a second click never undoes the first without a word.
 */
export function PrivateFeedForm({
  action,
  current,
}: {
  action: () => Promise<SecretFormState>;
  current: string | null;
}) {
  const [state, formAction, pending] = useActionState(action, { kind: 'idle' });
  const url = state.kind === 'made' ? state.secret : current;
  return (
    <>
      {url ? <CopyText id="private-feed-url" label="Private feed URL" value={url} /> : null}
      {state.kind === 'made' ? (
        <p className="mt-2 text-sm">
          {state.replaced
            ? 'The URL you had before has stopped working: give your feed reader this one.'
            : 'Give your feed reader this URL.'}
        </p>
      ) : null}
      <form action={formAction} className="mt-4">
        {url ? (
          <ConfirmSubmit
            title="Reset your private feed URL?"
            consequence="The URL you have now stops working at once: every feed reader that uses it will need the new one."
            confirm="Reset the URL"
            cancel="Keep this URL"
            disabled={pending}
            className={buttonClass}
          >
            Reset this URL
          </ConfirmSubmit>
        ) : (
          <button type="submit" disabled={pending} className={buttonClass}>
            Make my private feed URL
          </button>
        )}
      </form>
      <RefusalAlert message={state.kind === 'refused' ? state.message : null} />
    </>
  );
}
