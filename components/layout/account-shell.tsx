import { ClerkProvider, UserButton } from '@clerk/nextjs';
import type { ReactNode } from 'react';

import { DemoAccountMenu, DemoAccountMenuFor } from '@/components/demo/demo-account-menu';
import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { SETTINGS_PATH, SIGNED_OUT_PATH } from '@/lib/paths';

import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SiteMain } from './site-main';

/**
 * The frame of the signed-in areas: Clerk's provider and account button, only where they are
 * used; rendered per request, so `dynamic` lets Clerk put the response's nonce on its script
 * tags. A demo build has no Clerk script to load: its own account menu stands in.
 *
 * A page rendered once for many members (`renderedOnce`, lib/member-page) holds nobody's session:
 * Clerk's provider is not `dynamic` there (its button learns who is signed in in the browser) and
 * is given the rendering's nonce for its script, which the route serving the page replaces with
 * each response's; a demo build's menu is that of the identity the page is rendered for.
 */
export function AccountShell({ children, renderedOnce }: { children: ReactNode; renderedOnce?: { demoUserId: string; nonce: string } }) {
  const main = (
    <>
      <SiteMain>{children}</SiteMain>
      <SiteFooter />
    </>
  );
  if (isDemoIdentities()) {
    return (
      <>
        <SiteHeader account={renderedOnce ? <DemoAccountMenuFor userId={renderedOnce.demoUserId} /> : <DemoAccountMenu />} />
        {main}
      </>
    );
  }
  return (
    <ClerkProvider dynamic={!renderedOnce} nonce={renderedOnce?.nonce} afterSignOutUrl={SIGNED_OUT_PATH}>
      <SiteHeader account={<UserButton userProfileMode="navigation" userProfileUrl={SETTINGS_PATH} />} />
      {main}
    </ClerkProvider>
  );
}
