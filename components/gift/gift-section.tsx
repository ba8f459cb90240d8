import 'server-only';

import { GIFT_DAYS, maxGiftDays, type Viewer } from '@/lib/access/policy';
import { giftKeys } from '@/lib/gift/keys';

import { GiftForm } from './gift-form';

const EDITOR_LIFETIMES = [1, 7, GIFT_DAYS, 30, 90, 365] as const;

/** Below a post its reader may give away: the gift form, or why gift links are off. */
export function GiftSection({ slug, viewer }: { slug: string; viewer: Viewer }) {
  const keys = giftKeys();
  const max = maxGiftDays(viewer);
  return (
    <section aria-labelledby="gift-title" className="mt-12 rounded-lg border border-stone-300 p-6 dark:border-stone-700">
      <h2 id="gift-title" className="font-serif text-xl font-semibold">
        Share this post as a gift
      </h2>
      {keys.on ? (
        <>
          <p className="mt-2 text-stone-700 dark:text-stone-300">
            Anyone with the link can read the whole post, without an account, until the link expires ({max > GIFT_DAYS ? `up to ${max}` : GIFT_DAYS} days).
          </p>
          <GiftForm slug={slug} lifetimes={max > GIFT_DAYS ? EDITOR_LIFETIMES.filter((days) => days <= max) : null} />
        </>
      ) : (
        <p className="mt-2 text-stone-700 dark:text-stone-300">{keys.why}</p>
      )}
    </section>
  );
}
