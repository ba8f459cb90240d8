import { DEMO_IDENTITIES, DEMO_IDENTITY_KEYS } from '@/lib/demo/identities';

import { IdentityButton } from './identity-button';
import { Card } from '@/components/layout/card';

/** The demo's sign-in page: who you can be, what each one sees, and the Clerk set-up behind it. */
export function IdentityPicker({ returnTo }: { returnTo?: string }) {
  return (
    <div className="w-full">
      <h1 className="font-serif text-4xl font-bold">Choose who to be</h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        This is a demo build: instead of Clerk’s sign-in, pick an identity. The site signs a session
        token for it with its own key, and the gate, the member pages and the private API check it
        exactly as they check a real Clerk session.
      </p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {DEMO_IDENTITY_KEYS.map((key) => {
          const identity = DEMO_IDENTITIES[key];
          return (
            <Card as="li" key={key} className="flex flex-col">
              <h2 className="font-serif text-xl font-semibold">{identity.role}</h2>
              <p className="text-sm text-stone-600 dark:text-stone-400">{identity.name}</p>
              <p className="mt-3">{identity.sees}</p>
              <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
                In Clerk: {identity.clerk}
              </p>
              <div className="mt-auto pt-4">
                <IdentityButton
                  as={key}
                  returnTo={returnTo}
                  className="rounded-md bg-[var(--color-accent)] px-4 py-2 font-semibold text-white hover:opacity-90"
                >
                  Continue as {identity.name}
                  <span className="sr-only">, {identity.role.toLowerCase()}</span>
                </IdentityButton>
              </div>
            </Card>
          );
        })}
      </ul>
      <p className="mt-8">
        <a href="/" className="underline">
          Back to the publication
        </a>{' '}
        without signing in.
      </p>
    </div>
  );
}
