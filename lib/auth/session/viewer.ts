import 'server-only';

import { auth } from '@clerk/nextjs/server';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { cache } from 'react';

import { isClerkConfigured } from '@/lib/auth/config/clerk';

import { type CallerAuth, viewerFromAuth } from './from-clerk';
import { ANONYMOUS, type Viewer } from '../policy';

/**
 * A request that reached a page without passing through the proxy (a path its matcher skips,
 * such as one ending in `.css`) makes `auth()` throw: that request is treated as anonymous, so
 * the page stays closed instead of failing with a 500.
 */
async function viewerOf(read: () => Promise<CallerAuth>): Promise<Viewer> {
  if (!isClerkConfigured()) return ANONYMOUS;
  try {
    return viewerFromAuth(await read(), await headers());
  } catch (error) {
    unstable_rethrow(error);
    return ANONYMOUS;
  }
}

/**
 * The viewer of a page: browser sessions only. Read once per request (`cache`): a member page's
 * layout and page both ask, and each `auth()` decrypts and checks what the proxy passed on.
 */
export const getViewer = cache((): Promise<Viewer> =>
  viewerOf(() => auth({ treatPendingAsSignedOut: false })),
);
