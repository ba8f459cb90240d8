import type { ReactNode } from 'react';

import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';

// Seconds a CDN may serve a public page before asking again. A number (not the default `false`)
// is what makes Next send `s-maxage` with `stale-while-revalidate` (up to `expireTime` in
// next.config.mjs); Next ignores Cache-Control set on prerendered pages through headers().
export const revalidate = 300;

/** Readers' pages: static, no Clerk provider and no auth script. */
export default function ReadersLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-3xl px-4 py-10">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
