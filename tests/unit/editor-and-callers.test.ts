import { describe, expect, it } from 'vitest';

import { apiKeyViewer, type CallerAuth, viewerFromAuth } from '@/lib/auth/session/from-clerk';
import type { Problem } from '@/lib/content/check';
import { buildEditorialIndex, isUnreleased } from '@/lib/content/editorial-index';
import type { PostMeta } from '@/lib/content/types';

import { postMeta } from '../support/post-meta';

const entitlements = (granted: string[]) => (params: { feature: string } | { permission: string }) =>
  granted.includes('feature' in params ? params.feature : params.permission);

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
    expect(viewerFromAuth(session({ has: entitlements(['premium_content']) }))).toEqual({
      kind: 'signed-in',
      userId: 'user_1',
      premium: true,
      editor: false,
    });
    expect(viewerFromAuth(session({ has: entitlements(['org:posts:preview']) }))).toMatchObject({ editor: true, premium: false });
  });

  it('keeps a pending session out, and says why', () => {
    expect(viewerFromAuth(session({ sessionStatus: 'pending' }))).toEqual({ kind: 'anonymous', pendingTask: true });
  });

  it('treats a signed-out session as anonymous', () => {
    expect(viewerFromAuth(session({ userId: null, isAuthenticated: false }))).toEqual({ kind: 'anonymous', pendingTask: false });
  });

  it("reads a member's API key as its owner with the plan Clerk Billing gives, and never as an editor", () => {
    expect(apiKeyViewer('user_2', true)).toEqual({ kind: 'signed-in', userId: 'user_2', premium: true, editor: false });
    expect(apiKeyViewer('user_2', false)).toEqual({ kind: 'signed-in', userId: 'user_2', premium: false, editor: false });
  });

  // API keys are verified by lib/auth/tokens and never reach Clerk's middleware: an auth object
  // for one is not a session, whatever has() says.
  it.each<CallerAuth>([
    { tokenType: 'api_key', isAuthenticated: true, userId: 'user_2', has: entitlements(['premium_content', 'org:posts:preview']) },
    { tokenType: 'api_key', isAuthenticated: true, userId: null, has: entitlements([]) },
    { tokenType: 'api_key', isAuthenticated: false, userId: null, has: entitlements([]) },
    { tokenType: 'm2m_token', isAuthenticated: true, has: entitlements([]) },
    { tokenType: null, isAuthenticated: false, has: entitlements([]) },
  ])('refuses %j', (caller) => {
    expect(viewerFromAuth(caller)).toEqual({ kind: 'anonymous', pendingTask: false });
  });
});

const meta = (slug: string, over: Partial<PostMeta> = {}) => ({ ...postMeta(slug, over), file: `content/posts/${slug}.mdx` });

describe("the editors' index", () => {
  const now = new Date('2026-07-01T00:00:00Z');

  it('holds drafts and future-dated posts, soonest first, and no published post', () => {
    const index = buildEditorialIndex(
      [
        meta('published'),
        meta('later', { date: '2026-09-01T00:00:00.000Z', access: 'premium' }),
        meta('sooner', { date: '2026-08-01T00:00:00.000Z' }),
        meta('old-draft', { draft: true, date: '2026-01-01T00:00:00.000Z' }),
      ],
      [],
      now,
    );
    expect(index.map((entry) => entry.slug)).toEqual(['old-draft', 'sooner', 'later']);
    expect(index[2]).toMatchObject({ access: 'premium', problems: [] });
  });

  it('attaches to each post the problems the content check found in its file', () => {
    const problems: Problem[] = [
      { file: 'content/posts/a-draft.mdx', line: 3, severity: 'warning', message: 'the summary has 250 characters', fix: 'keep it short' },
      { file: 'content/posts/published.mdx', severity: 'warning', message: 'elsewhere', fix: 'n/a' },
    ];
    const [entry] = buildEditorialIndex([meta('a-draft', { draft: true }), meta('published')], problems, now);
    expect(entry?.problems).toEqual([{ line: 3, severity: 'warning', message: 'the summary has 250 characters', fix: 'keep it short' }]);
  });

  it('lets a scheduled post go once its date has come', () => {
    const post = meta('x', { date: '2026-07-01T09:00:00.000Z' });
    expect(isUnreleased(post, new Date('2026-07-01T08:59:59Z'))).toBe(true);
    expect(isUnreleased(post, new Date('2026-07-01T09:00:00Z'))).toBe(false);
    expect(isUnreleased({ ...post, draft: true }, new Date('2030-01-01T00:00:00Z'))).toBe(true);
  });
});
