'use client';

import { useSyncExternalStore } from 'react';

import { hasSignedInCookie } from '@/lib/auth/session/client-uat';
import { postHref, PRICING_PATH, SIGN_UP_PATH } from '@/lib/paths';

const noSubscription = () => () => {};

/**
 * The end of a public post for a reader who has no account yet: what membership and the premium
 * plan bring, each bringing them back here. A signed-in reader (Clerk's `__client_uat` cookie, read
 * in the browser: the page is the same static file for everyone) has already said yes.
 */
export function SubscribeOffer({ slug }: { slug: string }) {
  const signedIn = useSyncExternalStore(
    noSubscription,
    () => hasSignedInCookie(document.cookie),
    () => false,
  );
  if (signedIn) return null;
  const back = `redirect_url=${encodeURIComponent(postHref(slug))}`;
  return (
    <section
      aria-labelledby="subscribe-offer-title"
      className="mt-12 rounded-lg border border-stone-300 p-6 dark:border-stone-700"
    >
      <h2 id="subscribe-offer-title" className="font-serif text-xl font-semibold">
        Read more like this
      </h2>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Members read the members-only posts and get a private full-text feed, free. Subscribers also
        read the premium deep dives.
      </p>
      <p className="mt-4 flex flex-wrap items-center gap-4">
        <a
          href={`${SIGN_UP_PATH}?${back}`}
          className="rounded-md bg-[var(--color-accent)] px-4 py-2 font-semibold text-white hover:opacity-90"
        >
          Become a member
        </a>
        <a href={`${PRICING_PATH}?${back}`} className="font-medium underline">
          See plans
        </a>
      </p>
    </section>
  );
}
