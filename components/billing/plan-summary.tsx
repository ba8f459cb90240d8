'use client';

import type { ReactNode } from 'react';

import { type Plan, PLANS } from '@/lib/config';
import { DASHBOARD_PATH, SETTINGS_PATH, SIGN_UP_PATH } from '@/lib/paths';

import { useMemberStanding } from './member-standing';

const buttonClass = 'inline-block rounded-md px-4 py-2 font-semibold whitespace-nowrap';
const accentButton = `${buttonClass} bg-[var(--color-accent)] text-white hover:opacity-90`;
const plainButton = `${buttonClass} border border-stone-300 dark:border-stone-700`;

function PlanCard({ plan, current, action }: { plan: Plan; current: boolean; action: ReactNode }) {
  const headingId = `plan-${plan.key}`;
  return (
    <section
      aria-labelledby={headingId}
      className={`flex flex-col rounded-lg p-6 ${current ? 'border-2 border-[var(--color-accent)] dark:border-orange-300' : 'border border-stone-300 dark:border-stone-700'}`}
    >
      {/* The mark shares the name's line, so that the two cards' lines stay level. */}
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id={headingId} className="font-serif text-2xl font-semibold">
          {plan.name}
        </h2>
        {current ? (
          <p className="text-sm font-semibold text-[var(--color-accent)] dark:text-orange-300">
            Your current plan
          </p>
        ) : null}
      </div>
      <p className="mt-3">
        <span className="font-serif text-4xl font-bold">{plan.price}</span>
        {plan.period ? (
          <span className="ml-2 text-stone-600 dark:text-stone-400">{plan.period}</span>
        ) : null}
      </p>
      {/* Kept, empty, beside a plan that has one, so that the two cards' lines stay level. */}
      <p
        className={`mt-1 text-sm text-stone-600 sm:min-h-5 dark:text-stone-400 ${plan.alternative ? '' : 'hidden sm:block'}`}
      >
        {plan.alternative}
      </p>
      <p className="mt-4">{plan.summary}</p>
      <ul className="mt-4 flex-1 space-y-2">
        {plan.features.map((feature) => (
          <li key={feature} className="flex gap-2">
            <svg
              aria-hidden="true"
              viewBox="0 0 20 20"
              className="mt-1 h-4 w-4 shrink-0 text-[var(--color-accent)] dark:text-orange-300"
              fill="currentColor"
            >
              <path d="M7.6 13.4 4.2 10l-1.4 1.4 4.8 4.8L17.2 6.6l-1.4-1.4z" />
            </svg>
            {feature}
          </li>
        ))}
      </ul>
      <div className="mt-6">{action}</div>
    </section>
  );
}

/**
 * The plans in plain HTML, from PLANS in lib/config.ts: what the page shows before Clerk's pricing
 * table has loaded, without JavaScript, on a site with no Clerk keys, and in a demo build (whose
 * `subscribe` action switches to the subscriber identity instead of paying). A signed-in member
 * sees their plan marked, and is offered only what they do not have.
 */
export function PlanSummary({ subscribe }: { subscribe?: ReactNode }) {
  const [member, premium] = PLANS;
  const standing = useMemberStanding();
  const plan = standing.kind === 'signed-in' ? standing.plan : null;
  return (
    <div className="mt-8 grid gap-6 sm:grid-cols-2">
      <PlanCard
        plan={member}
        current={plan === 'member'}
        action={
          plan === null ? (
            <a href={SIGN_UP_PATH} className={accentButton}>
              Create a free account
            </a>
          ) : plan === 'member' ? (
            <a href={DASHBOARD_PATH} className={plainButton}>
              Your account
            </a>
          ) : null
        }
      />
      <PlanCard
        plan={premium}
        current={plan === 'premium'}
        action={
          plan === 'premium' ? (
            <a href={SETTINGS_PATH} className={plainButton}>
              Manage your plan
            </a>
          ) : (
            (subscribe ?? (
              <a href={DASHBOARD_PATH} className={plainButton}>
                Subscribe from your account
              </a>
            ))
          )
        }
      />
    </div>
  );
}
