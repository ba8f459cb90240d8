import { ClerkProvider } from '@clerk/nextjs';
import type { ReactNode } from 'react';

import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { isClerkConfigured } from '@/lib/gate/clerk-config';

/**
 * Pages that show Clerk Billing: the only readers' pages that load Clerk's script. Without Clerk
 * keys they render their static text alone, so the page stays up.
 */
export default function BillingLayout({ children }: { children: ReactNode }) {
  const page = (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-3xl px-4 py-10">
        {children}
      </main>
      <SiteFooter />
    </>
  );
  return isClerkConfigured() ? <ClerkProvider>{page}</ClerkProvider> : page;
}
