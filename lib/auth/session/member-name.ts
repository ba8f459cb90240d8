import 'server-only';

import { currentUser } from '@clerk/nextjs/server';

import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { demoIdentityOf } from '@/lib/demo/identities';
import { LATE, within } from '@/lib/auth/tokens/deadline';
import { PREMIUM_LOOKUP_LIMITS } from '@/lib/auth/tokens/premium-lookup';

/**
 * The name a member knows themselves by, for "Signed in as ...": a session token carries only the
 * user id, so Clerk is asked for the rest, with the bound the dashboard's other questions to Clerk
 * have. Null when Clerk does not answer in time: the page goes on without it.
 */
export async function memberName(userId: string): Promise<string | null> {
  if (isDemoIdentities()) return demoIdentityOf(userId)?.name ?? null;
  try {
    const user = await within(currentUser(), PREMIUM_LOOKUP_LIMITS.timeoutMs);
    if (user === LATE || user === null) return null;
    return user.fullName || user.username || user.primaryEmailAddress?.emailAddress || null;
  } catch {
    return null;
  }
}
