'use client';

import { PricingTable } from '@clerk/nextjs';
import type { ReactNode } from 'react';

import { useAfterSubscribePath } from './after-subscribe';

/** Clerk Billing's table, which sends a new subscriber back to where they came from, told so. */
export function ReturningPricingTable({ fallback }: { fallback: ReactNode }) {
  return <PricingTable fallback={fallback} newSubscriptionRedirectUrl={useAfterSubscribePath()} />;
}
