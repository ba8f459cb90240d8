import type { Offer } from '@/lib/auth/policy';
import { PRICING_PATH, SIGN_UP_PATH } from '@/lib/paths';
import { formatDate } from '@/lib/format';

/** Where the paywall would be: why this reader sees the whole post, and for how long. */
export function GiftBanner({ expiresAt }: { expiresAt: Date }) {
  return (
    <aside
      aria-label="Gift"
      className="my-8 rounded-lg border border-emerald-400 bg-emerald-50 p-4 dark:border-emerald-700 dark:bg-emerald-950"
    >
      <p>
        A reader shared this post with you as a gift; the link works until{' '}
        <time dateTime={expiresAt.toISOString()}>{formatDate(expiresAt.toISOString())}</time>.
      </p>
    </aside>
  );
}

/** Said in place of the gated text when the link opens nothing. */
export function GiftRefused() {
  return (
    <aside
      aria-label="Gift"
      className="my-8 rounded-lg border border-amber-400 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950"
    >
      <p>This gift link is not valid (or has expired).</p>
    </aside>
  );
}

/** The way on for a reader who came through a gift. */
export function GiftOffer({ offer }: { offer: Offer }) {
  const members = offer === 'sign-up';
  return (
    <section
      aria-labelledby="gift-offer-title"
      className="my-10 rounded-lg border border-stone-300 bg-stone-50 p-6 dark:border-stone-700 dark:bg-stone-900"
    >
      <h2 id="gift-offer-title" className="font-serif text-xl font-semibold">
        {members ? 'Read every members-only post' : 'Read every premium post'}
      </h2>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        {members
          ? 'Membership is free: create an account to read them all.'
          : 'Premium posts are the deep dives: subscribe to read them in full.'}
      </p>
      <p className="mt-4">
        <a
          href={members ? SIGN_UP_PATH : PRICING_PATH}
          className="rounded-md bg-[var(--color-accent)] px-4 py-2 font-semibold text-white hover:opacity-90"
        >
          {members ? 'Sign up' : 'See plans'}
        </a>
      </p>
    </section>
  );
}
