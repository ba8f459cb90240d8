'use client';

import { useSyncExternalStore } from 'react';

import { hasSignedInCookie } from '@/lib/auth/session/client-uat';
import { DASHBOARD_PATH, SIGN_IN_PATH } from '@/lib/paths';

const noSubscription = () => () => {};

/** "Sign in", or "Dashboard" for a signed-in reader, without loading Clerk's script. */
export function AccountLink({ className }: { className?: string }) {
  const signedIn = useSyncExternalStore(
    noSubscription,
    () => hasSignedInCookie(document.cookie),
    () => false,
  );
  return (
    <a href={signedIn ? DASHBOARD_PATH : SIGN_IN_PATH} className={className}>
      {signedIn ? 'Dashboard' : 'Sign in'}
    </a>
  );
}
