import type { ReactNode } from 'react';

import { ReaderShell } from '@/components/layout/reader-shell';

/**
 * Readers' pages: static, no Clerk provider and no auth script. They link with plain `<a>`: each
 * page is a static file, and leaving next/link out keeps its client-side router code off every
 * first load (and no prefetching pulls in the code of Clerk's pages).
 */
export default function ReadersLayout({ children }: { children: ReactNode }) {
  return <ReaderShell>{children}</ReaderShell>;
}
