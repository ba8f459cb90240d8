import { ClerkProvider } from '@clerk/nextjs';
import type { ReactNode } from 'react';

import { AuthNotConfigured } from '@/components/account/not-configured';
import { SiteHeader } from '@/components/layout/site-header';
import { isClerkConfigured } from '@/lib/gate/clerk-config';

/**
 * Sign-in and sign-up: the only public pages that load Clerk's browser script. Rendered per
 * request, so `dynamic` lets Clerk put the response's nonce on its script tags.
 */
export default function AuthLayout({ children }: { children: ReactNode }) {
  if (!isClerkConfigured()) return <AuthNotConfigured />;
  return (
    <ClerkProvider dynamic>
      <SiteHeader account={null} />
      <main id="main" className="mx-auto flex max-w-3xl justify-center px-4 py-12">
        {children}
      </main>
    </ClerkProvider>
  );
}
