import type { ReactNode } from 'react';

import { DASHBOARD_PATH, SIGN_UP_PATH } from '@/lib/paths';

/**
 * The plans in plain HTML: what the page shows before Clerk's pricing table has loaded, without
 * JavaScript, on a site with no Clerk keys, and in a demo build (whose `subscribe` action
 * switches to the subscriber identity instead of paying).
 */
export function PlanSummary({ subscribe }: { subscribe?: ReactNode }) {
  return (
    <div className="mt-8 grid gap-6 sm:grid-cols-2">
      <section aria-labelledby="plan-member" className="rounded-lg border border-stone-300 p-6 dark:border-stone-700">
        <h2 id="plan-member" className="font-serif text-2xl font-semibold">
          Member
        </h2>
        <p className="mt-1 text-stone-600 dark:text-stone-400">Free</p>
        <p className="mt-4">Every public post, plus the members-only posts, and an account to read them in.</p>
        <a href={SIGN_UP_PATH} className="mt-6 inline-block rounded-md bg-[var(--color-accent)] px-4 py-2 font-semibold text-white">
          Create a free account
        </a>
      </section>
      <section aria-labelledby="plan-premium" className="rounded-lg border border-stone-300 p-6 dark:border-stone-700">
        <h2 id="plan-premium" className="font-serif text-2xl font-semibold">
          Premium
        </h2>
        <p className="mt-1 text-stone-600 dark:text-stone-400">Billed through your account</p>
        <p className="mt-4">Everything a member has, plus the premium deep dives in full.</p>
        <div className="mt-6">
          {subscribe ?? (
            <a href={DASHBOARD_PATH} className="inline-block rounded-md border border-stone-300 px-4 py-2 font-semibold dark:border-stone-700">
              Subscribe from your account
            </a>
          )}
        </div>
      </section>
    </div>
  );
}
