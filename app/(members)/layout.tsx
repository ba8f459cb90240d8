import type { ReactNode } from 'react';

import { AuthNotConfigured } from '@/components/account/not-configured';
import { ReaderShell } from '@/components/layout/reader-shell';
import { AccountShell } from '@/components/layout/account-shell';
import { requireSignedIn } from '@/lib/auth/guards/pages';
import { isClerkConfigured } from '@/lib/auth/config/clerk';
import { DASHBOARD_PATH } from '@/lib/paths';

// Whatever the build's environment, member pages are rendered per request, never prerendered.
export const dynamic = 'force-dynamic';

/** The member area: every page below checks the session again itself. */
export default async function MembersLayout({ children }: { children: ReactNode }) {
  if (!isClerkConfigured()) {
    return (
      <ReaderShell>
        <AuthNotConfigured />
      </ReaderShell>
    );
  }
  await requireSignedIn(DASHBOARD_PATH);
  return <AccountShell>{children}</AccountShell>;
}
