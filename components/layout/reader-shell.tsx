import type { ReactNode } from 'react';

import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SiteMain } from './site-main';

/** The frame of every readers' page: header with the skip link, main landmark, footer. */
export function ReaderShell({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <SiteMain>{children}</SiteMain>
      <SiteFooter />
    </>
  );
}
