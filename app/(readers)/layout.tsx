import type { ReactNode } from 'react';

import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';

/**
 * Readers' pages: static, no Clerk provider and no auth script. They link with plain `<a>`: each
 * page is a static file, and leaving next/link out keeps about 3 kB of gzipped JavaScript off every
 * first load (and no prefetching pulls in the code of Clerk's pages).
 */
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
