'use client';

import { useActionState, useState } from 'react';

import type { GiftFormState } from '@/lib/gift/actions';
import { formatDate } from '@/lib/format';

type GiftAction = (previous: GiftFormState, form: FormData) => Promise<GiftFormState>;

function CopyLink({ url }: { url: string }) {
  const [label, setLabel] = useState('Copy link');
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setLabel('Copied');
    } catch {
      setLabel('Copy failed: select the link and copy it');
    }
  }
  return (
    <button type="button" onClick={copy} className="rounded-md border border-stone-400 px-3 py-1 text-sm font-semibold dark:border-stone-600">
      <span aria-live="polite">{label}</span>
    </button>
  );
}

/** The giver's side of a gift link: make one (with a lifetime choice, for editors), then copy it. */
export function GiftForm({ action, lifetimes }: { action: GiftAction; lifetimes: readonly number[] | null }) {
  const [state, formAction, pending] = useActionState(action, { kind: 'idle' });
  return (
    <>
      <form action={formAction} className="mt-4 flex flex-wrap items-center gap-3">
        {lifetimes ? (
          <label className="text-sm">
            Link works for{' '}
            <select name="days" defaultValue="14" className="rounded border border-stone-400 bg-transparent px-2 py-1 dark:border-stone-600">
              {lifetimes.map((days) => (
                <option key={days} value={days}>
                  {days === 1 ? '1 day' : `${days} days`}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" disabled={pending} className="rounded-md bg-[var(--color-accent)] px-4 py-2 font-semibold text-white hover:opacity-90">
          Gift this post
        </button>
      </form>
      {state.kind === 'made' ? (
        <div className="mt-4">
          <label className="block text-sm font-semibold" htmlFor="gift-link">
            Gift link
          </label>
          <div className="mt-1 flex flex-wrap items-center gap-3">
            <input
              id="gift-link"
              readOnly
              value={state.url}
              className="min-w-0 flex-1 rounded border border-stone-400 bg-transparent px-2 py-1 text-sm dark:border-stone-600"
            />
            <CopyLink url={state.url} />
          </div>
          <p className="mt-2 text-sm">
            Works until <time dateTime={state.expiresAt}>{formatDate(state.expiresAt)}</time>.
          </p>
        </div>
      ) : null}
      {state.kind === 'refused' ? (
        <p role="alert" className="mt-4 text-sm">
          {state.message}
        </p>
      ) : null}
    </>
  );
}
