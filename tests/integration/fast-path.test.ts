import { describe, expect, it } from 'vitest';

import { gatedSentences } from '../support/gated-text';
import { as, bearer, request } from '../support/http';

/**
 * Clerk leaves a trace on what it passes on: `x-clerk-auth-status` when signed out, and a
 * rewrite to the same URL (carrying the session to the page) when signed in.
 */
const clerkRan = (headers: Headers) =>
  headers.has('x-clerk-auth-status') || headers.has('x-middleware-rewrite');

/** Text only the gated part of a premium post holds, and what only the member area shows. */
const GATED_TEXT = gatedSentences().get('pricing-a-membership-tier')![0];
const ACCOUNT_PAGE = 'Your account';

describe('readers pay nothing for the gate', () => {
  it('serves a public post to an anonymous reader without running Clerk', async () => {
    const reply = await request('/blog/static-first-publishing');
    expect(reply.status).toBe(200);
    expect(clerkRan(reply.headers)).toBe(false);
  });

  // Readers' pages read no session: running Clerk there would only cost time, send a reader with
  // a stale token on a handshake round trip, and make Clerk call its servers for opaque tokens.
  it.each([
    ['a session cookie', () => as('member')],
    ['an expired session cookie', () => as('expired', { accept: 'text/html' })],
    ['a Bearer session token', () => bearer('member')],
    ['an opaque machine token', async () => ({ authorization: 'Bearer mt_0123456789abcdef' })],
  ])('serves a public post to a request with %s without running Clerk', async (_, headers) => {
    const reply = await request('/blog/static-first-publishing', { headers: await headers() });
    expect(reply.status).toBe(200);
    expect(clerkRan(reply.headers)).toBe(false);
  });

  it('runs Clerk on every protected path', async () => {
    const reply = await request('/dashboard', { headers: await as('member') });
    expect(reply.status).toBe(200);
    expect(clerkRan(reply.headers)).toBe(true);
  });
});

/**
 * Protected paths spelled so that a fast path could misjudge them as public. Each is sent
 * anonymously and as a member (who may not read premium posts): none may answer the member
 * area to the anonymous reader, nor a premium post's gated text to either. The statuses are
 * what Next 16.4 and Clerk 7.9 answer (a member's 404s are Clerk's rewrite or Next's routing).
 */
const TRICKS: { path: string; anonymous: number; member: number }[] = [
  { path: '/Dashboard', anonymous: 404, member: 404 },
  { path: '/DASHBOARD/posts/pricing-a-membership-tier', anonymous: 308, member: 308 },
  { path: '/SETTINGS', anonymous: 404, member: 404 },
  { path: '/dashboard/posts/Pricing-A-Membership-Tier', anonymous: 308, member: 308 },
  { path: '//dashboard', anonymous: 308, member: 308 },
  { path: '/dashboard/', anonymous: 308, member: 308 },
  { path: '/dashboard/posts/pricing-a-membership-tier/', anonymous: 308, member: 308 },
  { path: '/Blog/../dashboard', anonymous: 307, member: 200 },
  { path: '/blog/%2e%2e/dashboard', anonymous: 307, member: 200 },
  { path: '/blog/..%2Fdashboard', anonymous: 404, member: 404 },
  { path: '/%64ashboard', anonymous: 307, member: 404 },
  { path: '/%73ettings', anonymous: 307, member: 404 },
  { path: '/%2564ashboard', anonymous: 404, member: 404 },
  { path: '/%2Fdashboard', anonymous: 404, member: 404 },
  { path: '/dashboard%2F', anonymous: 404, member: 404 },
  { path: '/dashboard%2Fposts%2Fpricing-a-membership-tier', anonymous: 404, member: 404 },
  { path: '/dashboard/posts/pricing-a-membership-tier%00', anonymous: 308, member: 308 },
  { path: '/dashboard.', anonymous: 404, member: 404 },
  { path: '/dashboard./posts/pricing-a-membership-tier', anonymous: 404, member: 404 },
  { path: '/dashboard;x', anonymous: 404, member: 404 },
  { path: '/api/private/posts/pricing-a-membership-tier', anonymous: 401, member: 403 },
  { path: '/API/private/posts/pricing-a-membership-tier', anonymous: 401, member: 404 },
  { path: '/api//private/posts/pricing-a-membership-tier', anonymous: 308, member: 308 },
  { path: '/api/%70rivate/posts/pricing-a-membership-tier', anonymous: 401, member: 404 },
  { path: '/api/private%2Fposts%2Fpricing-a-membership-tier', anonymous: 404, member: 404 },
  { path: '/api/private/posts/pricing-a-membership-tier.', anonymous: 401, member: 404 },
];

describe('no spelling of a protected path gets past the fast path', () => {
  it.each(TRICKS)(
    '$path: anonymous $anonymous, member $member, never the gated text',
    async ({ path, anonymous, member }) => {
      const asAnonymous = await request(path);
      const asMember = await request(path, { headers: await as('member') });
      expect([asAnonymous.status, asMember.status]).toEqual([anonymous, member]);
      // Next normalises some paths first (308) and routes case-sensitively (the upper-case spellings
      // reach no page and no proxy: 404); every other answer is Clerk's judgement of a signed-out request.
      if (![308, 404].includes(asAnonymous.status))
        expect(asAnonymous.headers.get('x-clerk-auth-status')).toBe('signed-out');
      expect(asAnonymous.body).not.toContain(ACCOUNT_PAGE);
      for (const reply of [asAnonymous, asMember]) expect(reply.body).not.toContain(GATED_TEXT);
    },
  );
});
