import { GIFT_DAYS } from '@/lib/auth/policy';

import { GiftForm } from './gift-form';

const EDITOR_LIFETIMES = [1, 7, GIFT_DAYS, 30, 90, 365] as const;

/**
 * Below a post its reader may give away: the gift form for links of up to `maxDays`. The page is
 * rendered once for a class of readers, before any server's gift keys are known, so a server
 * with gifting off says why when the form is sent (the API's `gifts_off` message).
 */
export function GiftSection({ slug, maxDays }: { slug: string; maxDays: number }) {
  return (
    <section
      aria-labelledby="gift-title"
      className="mt-12 rounded-lg border border-stone-300 p-6 dark:border-stone-700"
    >
      <h2 id="gift-title" className="font-serif text-xl font-semibold">
        Share this post as a gift
      </h2>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Anyone with the link can read the whole post, without an account, until the link expires (
        {maxDays > GIFT_DAYS ? `up to ${maxDays}` : GIFT_DAYS} days).
      </p>
      <GiftForm
        slug={slug}
        lifetimes={maxDays > GIFT_DAYS ? EDITOR_LIFETIMES.filter((days) => days <= maxDays) : null}
      />
    </section>
  );
}
