'use client';

import Link from 'next/link';
import { useSyncExternalStore } from 'react';

import { hasSignedInCookie } from '@/lib/account/client-uat';
import { DASHBOARD_PATH, SIGN_IN_PATH } from '@/lib/config';

const noSubscription = () => () => {};

/** "Sign in", or "Dashboard" for a signed-in reader, without loading Clerk's script. */
export function AccountLink({ className, onClick }: { className?: string; onClick?: () => void }) {
  const signedIn = useSyncExternalStore(noSubscription, () => hasSignedInCookie(document.cookie), () => false);
  return (
    <Link href={signedIn ? DASHBOARD_PATH : SIGN_IN_PATH} prefetch={false} onClick={onClick} className={className}>
      {signedIn ? 'Dashboard' : 'Sign in'}
    </Link>
  );
}
