import { PricingTable } from '@clerk/nextjs';
import type { Metadata } from 'next';

import { PlanSummary } from '@/components/billing/plan-summary';
import { isClerkConfigured } from '@/lib/gate/clerk-config';

export const metadata: Metadata = {
  title: 'Membership and pricing',
  description: 'Free membership opens members-only posts; the premium plan opens every post.',
  alternates: { canonical: '/pricing' },
};

/** Clerk Billing's plans; the static summary stands in until its script has drawn them. */
export default function PricingPage() {
  return (
    <>
      <h1 className="font-serif text-4xl font-bold tracking-tight">Membership</h1>
      {isClerkConfigured() ? <PricingTable fallback={<PlanSummary />} newSubscriptionRedirectUrl="/dashboard" /> : <PlanSummary />}
    </>
  );
}
