'use client';

import { useEffect, useState } from 'react';

import { hasSignedInCookie } from '@/lib/auth/session/client-uat';
import { PRIVATE_ME_PATH } from '@/lib/paths';

/** Who is reading the static pricing page, as far as plans go: unknown until the member's own API says. */
export type MemberStanding =
  { kind: 'unknown' } | { kind: 'signed-in'; plan: 'member' | 'premium' };

/**
 * Asks the private API who is signed in, only when Clerk's cookie says someone may be; anything
 * but a clear answer leaves the page as an anonymous reader sees it.
 */
export function useMemberStanding(): MemberStanding {
  const [standing, setStanding] = useState<MemberStanding>({ kind: 'unknown' });
  useEffect(() => {
    if (!hasSignedInCookie(document.cookie)) return;
    const request = new AbortController();
    fetch(PRIVATE_ME_PATH, { signal: request.signal, headers: { accept: 'application/json' } })
      .then((reply) => (reply.ok ? (reply.json() as Promise<{ plan?: unknown }>) : null))
      .then((me) => {
        if (me?.plan === 'member' || me?.plan === 'premium')
          setStanding({ kind: 'signed-in', plan: me.plan });
      })
      .catch(() => {});
    return () => request.abort();
  }, []);
  return standing;
}
