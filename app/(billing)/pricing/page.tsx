import { PricingTable } from '@clerk/nextjs';
import type { Metadata } from 'next';

import { PlanSummary } from '@/components/billing/plan-summary';
import { IdentityButton } from '@/components/demo/identity-button';
import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { isClerkConfigured } from '@/lib/gate/clerk-config';
import { DASHBOARD_PATH, PRICING_PATH } from '@/lib/paths';

export const metadata: Metadata = {
  title: 'Membership and pricing',
  description: 'Free membership opens members-only posts; the premium plan opens every post.',
  alternates: { canonical: PRICING_PATH },
};

/** Clerk Billing's plans; the static summary stands in until its script has drawn them, and in a demo. */
function Plans() {
  if (isDemoIdentities()) {
    return (
      <PlanSummary
        subscribe={
          <IdentityButton
            as="subscriber"
            returnTo={DASHBOARD_PATH}
            className="rounded-md bg-[var(--color-accent)] px-4 py-2 font-semibold text-white hover:opacity-90"
          >
            Subscribe (demo: become the subscriber)
          </IdentityButton>
        }
      />
    );
  }
  return isClerkConfigured() ? <PricingTable fallback={<PlanSummary />} newSubscriptionRedirectUrl={DASHBOARD_PATH} /> : <PlanSummary />;
}

export default function PricingPage() {
  return (
    <>
      <h1 className="font-serif text-4xl font-bold tracking-tight">Membership</h1>
      <Plans />
    </>
  );
}
