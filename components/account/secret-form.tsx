'use client';

import { type ReactNode, useActionState } from 'react';

import { RefusalAlert } from '@/components/forms/refusal-alert';
import type { SecretFormState } from '@/lib/auth/tokens/actions';

import { CopyText } from './copy-text';

type SecretAction = (previous: SecretFormState, form: FormData) => Promise<SecretFormState>;

/**
 * A form whose action makes a secret (a feed URL, an API key) and shows it with a copy button;
 * until then it shows `current`, if there is one.
 */
export function SecretForm({
  action,
  submit,
  secretLabel,
  current,
  children,
}: {
  action: SecretAction;
  submit: string;
  secretLabel: string;
  current: string | null;
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, { kind: 'idle' });
  const shown = state.kind === 'made' ? state.secret : current;
  return (
    <>
      {shown ? (
        <CopyText
          id={`${secretLabel.replace(/\W+/g, '-').toLowerCase()}-value`}
          label={secretLabel}
          value={shown}
        />
      ) : null}
      <form action={formAction} className="mt-4 flex flex-wrap items-end gap-3">
        {children}
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-stone-400 px-4 py-2 font-semibold dark:border-stone-600"
        >
          {submit}
        </button>
      </form>
      <RefusalAlert message={state.kind === 'refused' ? state.message : null} />
    </>
  );
}
