import { ClerkProvider, UserButton } from '@clerk/nextjs';
import type { ReactNode } from 'react';

import { SiteHeader } from './site-header';

/**
 * The frame of the signed-in areas: Clerk's provider and account button, only where they are used.
 * Rendered per request, so `dynamic` lets Clerk put the response's nonce on its script tags.
 */
export function AccountShell({ children }: { children: ReactNode }) {
  return (
    <ClerkProvider dynamic>
      <SiteHeader account={<UserButton />} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-10">
        {children}
      </main>
    </ClerkProvider>
  );
}
