import 'server-only';

import { currentUser } from '@clerk/nextjs/server';

import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { demoIdentityOf } from '@/lib/demo/identities';

/**
 * The name a member knows themselves by, for "Signed in as ...": a session token carries only the
 * user id, so Clerk is asked for the rest. Null when Clerk does not answer: the page goes on without it.
 */
export async function memberName(userId: string): Promise<string | null> {
  if (isDemoIdentities()) return demoIdentityOf(userId)?.name ?? null;
  try {
    const user = await currentUser();
    return user?.fullName || user?.username || user?.primaryEmailAddress?.emailAddress || null;
  } catch {
    return null;
  }
}
