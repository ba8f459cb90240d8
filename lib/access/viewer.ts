import 'server-only';

import { auth } from '@clerk/nextjs/server';
import { unstable_rethrow } from 'next/navigation';

import { EDITOR_PERMISSION, PREMIUM_FEATURE } from '@/lib/config';
import { isClerkConfigured } from '@/lib/gate/clerk-config';

import { ANONYMOUS, type Viewer } from './policy';

/**
 * The viewer of the current request. A request that reached a page without passing through the
 * proxy (a path its matcher skips, such as one ending in `.css`) makes `auth()` throw: that
 * request is treated as anonymous, so the page stays closed instead of failing with a 500.
 */
export async function getViewer(): Promise<Viewer> {
  if (!isClerkConfigured()) return ANONYMOUS;
  try {
    const session = await auth({ treatPendingAsSignedOut: false });
    if (session.sessionStatus === 'pending') return { kind: 'anonymous', pendingTask: true };
    if (!session.userId) return ANONYMOUS;
    return {
      kind: 'signed-in',
      userId: session.userId,
      premium: session.has({ feature: PREMIUM_FEATURE }),
      editor: session.has({ permission: EDITOR_PERMISSION }),
    };
  } catch (error) {
    unstable_rethrow(error);
    return ANONYMOUS;
  }
}
