import { headers } from 'next/headers';
import type { ReactNode } from 'react';

import { AccountShell } from '@/components/layout/account-shell';
import { NONCE_REQUEST_HEADER } from '@/lib/security/proxy-headers';

type Props = { children: ReactNode; params: Promise<{ account: string }> };

// Rendered only when the member post route asks for it (lib/member-page/rendered-pages.ts), never prerendered.
export const dynamic = 'force-dynamic';

/** The member area's frame, for a page rendered once for a class of readers: it holds nobody's session. */
export default async function RenderedPostLayout({ children, params }: Props) {
  const { account } = await params;
  const nonce = (await headers()).get(NONCE_REQUEST_HEADER) ?? '';
  return <AccountShell renderedOnce={{ demoUserId: account, nonce }}>{children}</AccountShell>;
}
