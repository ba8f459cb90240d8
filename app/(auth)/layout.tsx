import { ClerkProvider } from '@clerk/nextjs';
import type { ReactNode } from 'react';

import { AuthNotConfigured } from '@/components/account/not-configured';
import { ReaderShell } from '@/components/layout/reader-shell';
import { SiteHeader } from '@/components/layout/site-header';
import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { isClerkConfigured } from '@/lib/gate/clerk-config';

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
      <main id="main" className="mx-auto flex max-w-3xl justify-center px-4 py-12">
        {children}
      </main>
    </>
  );
  return isDemoIdentities() ? page : <ClerkProvider dynamic>{page}</ClerkProvider>;
}
