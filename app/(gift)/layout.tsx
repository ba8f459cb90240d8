import type { ReactNode } from 'react';

import { ReaderShell } from '@/components/layout/reader-shell';

// A gift view depends on the link it is opened with: never prerendered, never kept.
export const dynamic = 'force-dynamic';

/** Gift links (lib/auth/gift): the readers' frame, rendered per request, reading no session. */
export default function GiftLayout({ children }: { children: ReactNode }) {
  return <ReaderShell>{children}</ReaderShell>;
}
