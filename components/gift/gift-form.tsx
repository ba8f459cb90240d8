'use client';

import { useActionState } from 'react';

import { CopyText } from '@/components/account/copy-text';
import { RefusalAlert } from '@/components/forms/refusal-alert';
import { formatDate } from '@/lib/format';
import { type GiftFormState, requestGift } from '@/lib/auth/gift/request-gift';

/** The giver's side of a gift link: make one (with a lifetime choice, for editors), then copy it. */
export function GiftForm({
  slug,
  lifetimes,
}: {
  slug: string;
  lifetimes: readonly number[] | null;
}) {
  const [state, formAction, pending] = useActionState(
    async (_previous: GiftFormState, form: FormData) => {
      const days = form.get('days');
      return requestGift(slug, typeof days === 'string' ? Number(days) : undefined);
    },
    { kind: 'idle' },
  );
  return (
    <>
      <form action={formAction} className="mt-4 flex flex-wrap items-center gap-3">
        {lifetimes ? (
          <label className="text-sm">
            Link works for{' '}
            <select
              name="days"
              defaultValue="14"
              className="rounded border border-stone-400 bg-transparent px-2 py-1 dark:border-stone-600"
            >
              {lifetimes.map((days) => (
                <option key={days} value={days}>
                  {days === 1 ? '1 day' : `${days} days`}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-[var(--color-accent)] px-4 py-2 font-semibold text-white hover:opacity-90"
        >
          Gift this post
        </button>
      </form>
      {state.kind === 'made' ? (
        <div className="mt-1">
          <CopyText id="gift-link" label="Gift link" value={state.url} copyLabel="Copy link" />
          <p className="mt-2 text-sm">
            Works until <time dateTime={state.expiresAt}>{formatDate(state.expiresAt)}</time>.
          </p>
        </div>
      ) : null}
      <RefusalAlert message={state.kind === 'refused' ? state.message : null} className="mt-4" />
    </>
  );
}
