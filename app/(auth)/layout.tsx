import { ClerkProvider } from '@clerk/nextjs';
import type { ReactNode } from 'react';

import { AuthNotConfigured } from '@/components/account/not-configured';
import { ReaderShell } from '@/components/layout/reader-shell';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteMain } from '@/components/layout/site-main';
import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { isClerkConfigured } from '@/lib/auth/config/clerk';

/**
 * Sign-in and sign-up: the only public pages that load Clerk's browser script (none in a demo
 * build, which has its own picker). Rendered per request, so `dynamic` lets Clerk put the
 * response's nonce on its script tags.
 */
export default function AuthLayout({ children }: { children: ReactNode }) {
  if (!isClerkConfigured()) {
    return (
      <ReaderShell>
        <AuthNotConfigured />
      </ReaderShell>
    );
  }
  const page = (
    <>
      <SiteHeader account={null} />
      <SiteMain className="flex justify-center py-12">{children}</SiteMain>
      <SiteFooter />
    </>
  );
  return isDemoIdentities() ? page : <ClerkProvider dynamic>{page}</ClerkProvider>;
}
