import type { ReactNode } from 'react';

import { FlashNotice } from './flash-notice';

/**
 * The page's main landmark, in the header's column. It grows to fill the height the header and
 * footer leave, so that on a short page the footer still sits at the bottom of the window.
 */
export function SiteMain({
  className = 'py-10',
  children,
}: {
  className?: string;
  children: ReactNode;
}) {
  return (
    <main id="main" className={`mx-auto w-full max-w-3xl flex-1 px-4 ${className}`}>
      <FlashNotice />
      {children}
    </main>
  );
}
