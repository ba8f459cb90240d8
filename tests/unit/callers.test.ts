import { describe, expect, it } from 'vitest';

import { apiKeyViewer, type CallerAuth, viewerFromAuth } from '@/lib/auth/session/from-clerk';

const entitlements =
  (granted: string[]) => (params: { feature: string } | { permission: string }) =>
    granted.includes('feature' in params ? params.feature : params.permission);

/** A request without notes (the log is off): the viewer is the same either way. */
const NO_NOTES = new Headers();

const session = (over: Partial<CallerAuth>): CallerAuth => ({
  tokenType: 'session_token',
  isAuthenticated: true,
  userId: 'user_1',
  sessionStatus: 'active',
  has: entitlements([]),
  ...over,
});

describe('who a caller is, by token type', () => {
  it("reads a session's plan and permission from its claims", () => {
    expect(viewerFromAuth(session({ has: entitlements(['premium_content']) }), NO_NOTES)).toEqual({
      kind: 'signed-in',
      userId: 'user_1',
      premium: true,
      editor: false,
    });
    expect(
      viewerFromAuth(session({ has: entitlements(['org:posts:preview']) }), NO_NOTES),
    ).toMatchObject({
      editor: true,
      premium: false,
    });
  });

  it('keeps a pending session out, and says why', () => {
    expect(viewerFromAuth(session({ sessionStatus: 'pending' }), NO_NOTES)).toEqual({
      kind: 'anonymous',
      pendingTask: true,
    });
  });

  it('treats a signed-out session as anonymous', () => {
    expect(viewerFromAuth(session({ userId: null, isAuthenticated: false }), NO_NOTES)).toEqual({
      kind: 'anonymous',
      pendingTask: false,
    });
  });

  it("reads a member's API key as its owner with the plan Clerk Billing gives, and never as an editor", () => {
    expect(apiKeyViewer('user_2', true)).toEqual({
      kind: 'signed-in',
      userId: 'user_2',
      premium: true,
      editor: false,
    });
    expect(apiKeyViewer('user_2', false)).toEqual({
      kind: 'signed-in',
      userId: 'user_2',
      premium: false,
      editor: false,
    });
  });

  // API keys are verified by lib/auth/tokens and never reach Clerk's middleware: an auth object
  // for one is not a session, whatever has() says.
  it.each<CallerAuth>([
    {
      tokenType: 'api_key',
      isAuthenticated: true,
      userId: 'user_2',
      has: entitlements(['premium_content', 'org:posts:preview']),
    },
    { tokenType: 'api_key', isAuthenticated: true, userId: null, has: entitlements([]) },
    { tokenType: 'api_key', isAuthenticated: false, userId: null, has: entitlements([]) },
    { tokenType: 'm2m_token', isAuthenticated: true, has: entitlements([]) },
    { tokenType: null, isAuthenticated: false, has: entitlements([]) },
  ])('refuses %j', (caller) => {
    expect(viewerFromAuth(caller, NO_NOTES)).toEqual({ kind: 'anonymous', pendingTask: false });
  });
});
