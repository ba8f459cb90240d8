import { getPublishedPosts } from '@/lib/content/posts';
import { isEnvSet } from '@/lib/env.mjs';
import { isClerkConfigured } from '@/lib/auth/config/clerk';
import { giftKeys } from '@/lib/auth/gift/keys';

import { clerkHealth } from './events';

/**
 * How long Clerk may fail every call before a copy says it is not ready: its verifier already
 * answers 503 at once during an outage (lib/auth/tokens), and a blip of a minute should not take
 * copies out of rotation while they still serve every public page.
 */
export const CLERK_GRACE_MS = 60_000;

export interface Readiness {
  ready: boolean;
  checks: {
    content: 'loaded' | 'empty';
    auth: 'configured' | 'not-configured' | 'missing-keys';
    clerk: 'reachable' | 'not-called-yet' | 'failing-within-grace' | 'failing';
    gifts: 'on' | 'off';
  };
}

/**
 * Whether this copy can serve: its content is there, the keys the build expects are set, and Clerk
 * answered its last call (or has failed for less than the grace). Cheap: no call to Clerk, what the
 * copy's own calls saw. A build without a publishable key is a public site on purpose: ready.
 */
export function readiness(now: number = Date.now()): Readiness {
  const content = getPublishedPosts().length > 0 ? 'loaded' : 'empty';
  const expectsClerk = isEnvSet('NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY');
  const auth = isClerkConfigured()
    ? 'configured'
    : expectsClerk
      ? 'missing-keys'
      : 'not-configured';
  const health = clerkHealth();
  const failingFor = health.failingSince === undefined ? undefined : now - health.failingSince;
  const clerk =
    failingFor === undefined
      ? health.calls > 0
        ? 'reachable'
        : 'not-called-yet'
      : failingFor < CLERK_GRACE_MS
        ? 'failing-within-grace'
        : 'failing';
  const gifts = giftKeys().on ? 'on' : 'off';
  return {
    ready: content === 'loaded' && auth !== 'missing-keys' && clerk !== 'failing',
    checks: { content, auth, clerk, gifts },
  };
}
