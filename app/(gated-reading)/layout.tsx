import type { ReactNode } from 'react';

import { ReaderShell } from '@/components/layout/reader-shell';

/**
 * A signed-in reader's rendering of a gated post, served at the post's own address: the readers'
 * frame, like the public page it stands in for (static, no Clerk script; the header's account
 * link finds the session cookie in the browser).
 */
export default function GatedReadingLayout({ children }: { children: ReactNode }) {
  return <ReaderShell>{children}</ReaderShell>;
}
