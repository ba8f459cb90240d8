import { ClerkProvider, UserButton } from '@clerk/nextjs';
import type { ReactNode } from 'react';

import { DemoAccountMenu } from '@/components/demo/demo-account-menu';
import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { SETTINGS_PATH, SIGNED_OUT_PATH } from '@/lib/paths';

import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SiteMain } from './site-main';

/**
 * The frame of the signed-in areas: Clerk's provider and account button, only where they are
 * used; rendered per request, so `dynamic` lets Clerk put the response's nonce on its script
 * tags. A demo build has no Clerk script to load: its own account menu stands in.

 */
export function AccountShell({ children }: { children: ReactNode }) {
  const main = (
    <>
      <SiteMain>{children}</SiteMain>
      <SiteFooter />
    </>
  );
  if (isDemoIdentities()) {
    return (
      <>
        <SiteHeader account={<DemoAccountMenu />} />
        {main}
      </>
    );
  }
  return (
    <ClerkProvider dynamic afterSignOutUrl={SIGNED_OUT_PATH}>
      <SiteHeader
        account={<UserButton userProfileMode="navigation" userProfileUrl={SETTINGS_PATH} />}
      />
      {main}
    </ClerkProvider>
  );
}
