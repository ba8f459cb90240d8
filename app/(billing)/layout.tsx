import { ClerkProvider } from '@clerk/nextjs';
import type { ReactNode } from 'react';

import { ReaderShell } from '@/components/layout/reader-shell';
import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { isClerkConfigured } from '@/lib/auth/config/clerk';

/**
 * Pages that show Clerk Billing: the only readers' pages that load Clerk's script. Without Clerk
 * keys, and in a demo build, they render their static text alone, so the page stays up.
 */
export default function BillingLayout({ children }: { children: ReactNode }) {
  const page = <ReaderShell>{children}</ReaderShell>;
  return isClerkConfigured() && !isDemoIdentities() ? <ClerkProvider>{page}</ClerkProvider> : page;
}
