import { EDITOR_PERMISSION, PREMIUM_FEATURE } from '@/lib/config';

import { type HeaderReader, noteReader } from '@/lib/observability/request-context';

import type { SignedInViewer, Viewer } from '../policy';

/** The parts of Clerk's auth object for a session token that make a Viewer. */
export interface CallerAuth {
  tokenType: string | null;
  isAuthenticated: boolean;
  userId?: string | null;
  sessionStatus?: string | null;
  has: (params: { feature: string } | { permission: string }) => boolean;
}

/**
 * Turns Clerk's auth object for a browser session into a Viewer (no `server-only` here: the proxy
 * uses it too). A session carries its entitlements as signed claims. API keys never reach Clerk's
 * middleware (lib/auth/tokens verifies them): see `apiKeyViewer`.
 */
export function viewerFromAuth(caller: CallerAuth, headers: HeaderReader): Viewer {
  const viewer = sessionViewer(caller);
  noteReader(headers, viewer);
  return viewer;
}

function sessionViewer(caller: CallerAuth): Viewer {
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
  return { kind: 'anonymous', pendingTask: false };
}

/**
 * A member's API key reads as its owner with the plan Clerk's billing says they have now (the key
 * itself carries none this site can trust: its custom claims are whatever was set when it was
 * made) and never as an editor, whose permission only a session's organization claims carry.
 */
export function apiKeyViewer(userId: string, premium: boolean): SignedInViewer {
  return { kind: 'signed-in', userId, premium, editor: false };
}
