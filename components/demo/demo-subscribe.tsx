'use client';

import { useAfterSubscribePath } from '@/components/billing/after-subscribe';
import { DEMO_IDENTITIES } from '@/lib/demo/identities';

import { IdentityButton } from './identity-button';

/** The demo's "Subscribe": no payment, it signs in as the subscriber and goes back to where the reader came from. */
export function DemoSubscribe() {
  const returnTo = useAfterSubscribePath();
  return (
    <>
      <IdentityButton
        as={DEMO_IDENTITIES.subscriber.key}
        returnTo={returnTo}
        className="rounded-md bg-[var(--color-accent)] px-4 py-2 font-semibold whitespace-nowrap text-white hover:opacity-90"
      >
        Subscribe (demo)
      </IdentityButton>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
        Nothing is charged: you become {DEMO_IDENTITIES.subscriber.name}, the demo&apos;s
        subscriber.
      </p>
    </>
  );
}
