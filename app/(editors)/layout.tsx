import type { ReactNode } from 'react';

import { AccountShell } from '@/components/layout/account-shell';
import { requireEditor } from '@/lib/auth/guards/pages';

// Drafts are read per request by whoever may read them; nothing here is ever prerendered.
export const dynamic = 'force-dynamic';

/**
 * The editors' area: its own group, so that its first check is the editor permission (a 404
 * for everyone else) rather than the member area's redirect to sign in.
 */
export default async function EditorsLayout({ children }: { children: ReactNode }) {
  await requireEditor();
  return <AccountShell>{children}</AccountShell>;
}
