import { EDITOR_PERMISSION, PREMIUM_FEATURE } from '@/lib/config';

import type { Viewer } from './policy';

/** The credentials `/api/private/*` accepts: a browser session, or an API key made by a member. */
export const API_TOKEN_TYPES = ['session_token', 'api_key'] as const;

/** The parts of Clerk's auth object (for a session token or an API key) that make a Viewer. */
export interface CallerAuth {
  tokenType: string | null;
  isAuthenticated: boolean;
  userId?: string | null;
  sessionStatus?: string | null;
  has: (params: { feature: string } | { permission: string }) => boolean;
}

/**
 * Turns Clerk's auth object into a Viewer (no `server-only` here: the proxy uses it too).
 * A session carries its entitlements as signed claims. An API key carries none that this site
 * can trust (Clerk's `has()` is always false for it, and its custom claims are whatever was set
 * when it was made), so a key reads as its owner with no plan and no editor permission: members'
 * posts in full, premium posts as a preview. A key owned by an organization is nobody's.
 */
export function viewerFromAuth(caller: CallerAuth): Viewer {
  if (caller.tokenType === 'session_token') {
    if (caller.sessionStatus === 'pending') return { kind: 'anonymous', pendingTask: true };
    if (!caller.userId) return { kind: 'anonymous', pendingTask: false };
    return {
      kind: 'signed-in',
      userId: caller.userId,
      premium: caller.has({ feature: PREMIUM_FEATURE }),
      editor: caller.has({ permission: EDITOR_PERMISSION }),
    };
  }
  if (caller.tokenType === 'api_key' && caller.isAuthenticated && caller.userId) {
    return { kind: 'signed-in', userId: caller.userId, premium: false, editor: false };
  }
  return { kind: 'anonymous', pendingTask: false };
}
