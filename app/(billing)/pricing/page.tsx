import type { Metadata } from 'next';

import { PlanSummary } from '@/components/billing/plan-summary';
import { ReturningPricingTable } from '@/components/billing/returning-pricing-table';
import { DemoSubscribe } from '@/components/demo/demo-subscribe';
import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { isClerkConfigured } from '@/lib/auth/config/clerk';
import { PRICING_PATH } from '@/lib/paths';

export const metadata: Metadata = {
  title: 'Pricing',
  description: 'Free membership opens members-only posts; the premium plan opens every post.',
  alternates: { canonical: PRICING_PATH },
};

/** Clerk Billing's plans; the static summary stands in until its script has drawn them, and in a demo. */
function Plans() {
  if (isDemoIdentities()) return <PlanSummary subscribe={<DemoSubscribe />} />;
  return isClerkConfigured() ? (
    <ReturningPricingTable fallback={<PlanSummary />} />
  ) : (
    <PlanSummary />
  );
}

export default function PricingPage() {
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Pricing</h1>
      <p className="mt-4 text-lg text-stone-700 dark:text-stone-300">
        Every post has a public part. A free membership opens the members-only posts; the premium
        plan opens every post in full.
      </p>
      <Plans />
      <section aria-labelledby="billing-questions" className="mt-12">
        <h2 id="billing-questions" className="font-serif text-2xl font-semibold">
          Questions
        </h2>
        <dl className="mt-4 space-y-4">
          <div>
            <dt className="font-semibold">How am I billed?</dt>
            <dd className="mt-1 text-stone-700 dark:text-stone-300">
              Through your account: the premium plan is paid by card, monthly or yearly, and the
              receipt comes by email.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Can I cancel?</dt>
            <dd className="mt-1 text-stone-700 dark:text-stone-300">
              At any time, from your account. You keep the premium posts until the end of the period
              you have paid for, then stay a member.
            </dd>
          </div>
          <div>
            <dt className="font-semibold">What stays free?</dt>
            <dd className="mt-1 text-stone-700 dark:text-stone-300">
              Every public post, the public part of every other post, search and both feeds.
            </dd>
          </div>
        </dl>
      </section>
    </>
  );
}
