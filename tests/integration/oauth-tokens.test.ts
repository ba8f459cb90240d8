import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { generateTestKeys, mintOAuthJwt } from '../../scripts/lib/clerk-tokens';
import {
  memberApiKey,
  oauthToken,
  revokeOAuthToken,
  setBehaviour,
  setPlanFeatures,
} from '../support/clerk-backend';
import { gatedSentences, publishedSlugs, sentencesOf } from '../support/gated-text';
import { bearer, request } from '../support/http';
import { type OwnSite, startOwnSite } from '../support/own-site';
import { required } from '../support/required';

// OAuth access tokens of a reading app, granted by a member on the publication's Clerk instance:
// opaque ones verified by Clerk's Backend API (the stand-in) through the real SDK, JWT ones
// locally by the SDK with the instance's key.

const sentences = gatedSentences();
const premiumSlug = required(publishedSlugs('premium')[0], 'a published premium post');
const membersSlug = required(publishedSlugs('members')[0], 'a published members post');
const premiumText = sentencesOf(sentences, premiumSlug)[0]!.slice(0, 40);
const membersText = sentencesOf(sentences, membersSlug)[0]!.slice(0, 40);

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const newUser = (label: string) => `user_${label}${randomBytes(6).toString('hex')}`;
const json = (body: string) => JSON.parse(body) as Record<string, unknown>;

describe("an app's opaque OAuth access token (oat_...)", () => {
  it("with posts:read reads as the member who granted it: members' posts, not premium ones without the plan", async () => {
    const userId = newUser('reader');
    const { token } = await oauthToken(userId, ['posts:read']);
    const me = await request('/api/private/me', { headers: auth(token) });
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('private, no-store');
    expect(json(me.body)).toMatchObject({ userId, plan: 'member', editor: false });
    const list = await request('/api/private/posts', { headers: auth(token) });
    expect(list.status).toBe(200);
    expect(json(list.body).posts).toEqual(
      expect.arrayContaining([expect.objectContaining({ slug: premiumSlug, canRead: false })]),
    );
    const members = await request(`/api/private/posts/${membersSlug}`, { headers: auth(token) });
    expect(members.status).toBe(200);
    expect(members.body).toContain(membersText);
    const premium = await request(`/api/private/posts/${premiumSlug}`, { headers: auth(token) });
    expect(premium.status).toBe(403);
    expect(json(premium.body)).toMatchObject({ error: 'forbidden' });
    expect(premium.body).not.toContain(premiumText);
  });

  it('reads premium posts when Clerk Billing says the member has the plan (the same lookup as API keys)', async () => {
    const userId = newUser('subscriber');
    await setPlanFeatures(userId, ['premium_content']);
    const { token } = await oauthToken(userId, ['posts:read']);
    const premium = await request(`/api/private/posts/${premiumSlug}`, { headers: auth(token) });
    expect(premium.status).toBe(200);
    expect(premium.body).toContain(premiumText);
  });

  it('is refused every scope it lacks with 403 insufficient_scope, and no text', async () => {
    const userId = newUser('scoped');
    await setPlanFeatures(userId, ['premium_content']);
    const posts = (await oauthToken(userId, ['posts:read'])).token;
    const feed = (await oauthToken(userId, ['feed:read'])).token;
    const none = (await oauthToken(userId, [])).token;
    const cases: [string, string][] = [
      [posts, '/api/private/feed.xml'],
      [feed, '/api/private/me'],
      [feed, '/api/private/posts'],
      [feed, `/api/private/posts/${premiumSlug}`],
      [none, `/api/private/posts/${premiumSlug}`],
      [none, '/api/private/feed.xml'],
    ];
    for (const [token, path] of cases) {
      const reply = await request(path, { headers: auth(token) });
      expect(reply.status, path).toBe(403);
      expect(json(reply.body), path).toMatchObject({ error: 'insufficient_scope' });
      expect(reply.headers.get('www-authenticate'), path).toContain('insufficient_scope');
      expect(reply.body).not.toContain(premiumText);
    }
    const rss = await request('/api/private/feed.xml', { headers: auth(feed) });
    expect(rss.status).toBe(200);
    expect(rss.headers.get('content-type')).toContain('application/rss+xml');
    expect(rss.body).toContain(premiumText);
  });

  it('cannot make a gift link, whatever its scopes: that needs a session or API key', async () => {
    const { token } = await oauthToken(newUser('gifter'), ['posts:read', 'feed:read']);
    const reply = await request(`/api/private/posts/${membersSlug}/gift`, {
      method: 'POST',
      headers: { ...auth(token), 'content-type': 'application/json' },
      body: '{}',
    });
    expect(reply.status).toBe(403);
    expect(json(reply.body)).toMatchObject({ error: 'insufficient_scope' });
    expect(reply.body).not.toContain('/gift/');
  });

  it('does not open a gated post’s page: pages take browser sessions only', async () => {
    const { token } = await oauthToken(newUser('page'), ['posts:read']);
    const reply = await request(`/blog/${membersSlug}`, {
      headers: { ...auth(token), accept: 'text/html' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).not.toContain(membersText);
  });

  it.each([
    [
      'expired',
      async () => {
        const { token } = await oauthToken(newUser('expired'), ['posts:read'], {
          secondsUntilExpiration: 1,
        });
        await new Promise((resolve) => setTimeout(resolve, 1_200));
        return token;
      },
    ],
    [
      'revoked by the member',
      async () => {
        const grant = await oauthToken(newUser('revoked'), ['posts:read']);
        await revokeOAuthToken(grant.id);
        return grant.token;
      },
    ],
    [
      'unknown to Clerk',
      async () => `oat_${randomBytes(24).toString('base64url').replace(/[-_]/g, 'q')}`,
    ],
    [
      "another Clerk instance's",
      async () =>
        (
          await oauthToken(newUser('elsewhere'), ['posts:read'], {
            secretKey: inject('clerkBackend').otherInstanceSecretKey,
          })
        ).token,
    ],
    [
      "an organization's grant",
      async () => (await oauthToken(`org_${randomBytes(6).toString('hex')}`, ['posts:read'])).token,
    ],
    ['malformed', async () => 'oat_short'],
  ])('refuses a token that is %s with a JSON 401 and no gated text', async (_label, tokenOf) => {
    const token = await tokenOf();
    for (const path of ['/api/private/me', `/api/private/posts/${membersSlug}`]) {
      const reply = await request(path, { headers: auth(token) });
      expect(reply.status, path).toBe(401);
      expect(json(reply.body)).toMatchObject({ error: 'unauthenticated' });
      expect(reply.body).not.toContain(membersText);
    }
  });

  it('is refused on a private preview site, which is for editors only', async () => {
    const { token } = await oauthToken(newUser('preview'), ['posts:read']);
    const reply = await request('/api/private/me', {
      base: inject('privateSiteUrl'),
      headers: auth(token),
    });
    expect(reply.status).toBe(403);
    expect(json(reply.body)).toMatchObject({ error: 'forbidden' });
  });
});

describe('an OAuth access token in its JWT form (verified locally by the SDK)', () => {
  const jwt = (options: Parameters<typeof mintOAuthJwt>[1]) =>
    mintOAuthJwt(inject('privateJwk'), options);

  it('reads with posts:read and is refused a scope it lacks', async () => {
    const userId = newUser('jwt');
    const token = await jwt({ userId, scopes: ['posts:read'] });
    const me = await request('/api/private/me', { headers: auth(token) });
    expect(me.status).toBe(200);
    expect(json(me.body)).toMatchObject({ userId, plan: 'member' });
    const members = await request(`/api/private/posts/${membersSlug}`, { headers: auth(token) });
    expect(members.body).toContain(membersText);
    const feed = await request('/api/private/feed.xml', { headers: auth(token) });
    expect(feed.status).toBe(403);
    expect(json(feed.body)).toMatchObject({ error: 'insufficient_scope' });
  });

  it.each([
    [
      'expired',
      async () => jwt({ userId: newUser('old'), scopes: ['posts:read'], expiresIn: -60 }),
    ],
    [
      'signed by another key',
      async () =>
        mintOAuthJwt((await generateTestKeys()).privateJwk, {
          userId: newUser('forged'),
          scopes: ['posts:read'],
        }),
    ],
    ["an organization's", async () => jwt({ userId: 'org_masthead', scopes: ['posts:read'] })],
  ])('refuses one that is %s with a JSON 401', async (_label, tokenOf) => {
    const reply = await request(`/api/private/posts/${membersSlug}`, {
      headers: auth(await tokenOf()),
    });
    expect(reply.status).toBe(401);
    expect(json(reply.body)).toMatchObject({ error: 'unauthenticated' });
    expect(reply.body).not.toContain(membersText);
  });
});

describe('the rate limit per credential', () => {
  it.each([
    ['an API key', async () => (await memberApiKey(newUser('noisy'))).secret!],
    ['an OAuth token', async () => (await oauthToken(newUser('noisy'), ['posts:read'])).token],
  ])(
    'answers %s past its burst 429 with Retry-After, while another credential keeps working',
    async (_label, tokenOf) => {
      const noisy = await tokenOf();
      const quiet = (await oauthToken(newUser('quiet'), ['posts:read'])).token;
      const replies = await Promise.all(
        Array.from({ length: 40 }, () => request('/api/private/me', { headers: auth(noisy) })),
      );
      const limited = replies.filter((reply) => reply.status === 429);
      expect(limited.length).toBeGreaterThan(0);
      expect(replies.filter((reply) => reply.status === 200).length).toBeGreaterThanOrEqual(20);
      expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(json(limited[0]!.body)).toMatchObject({ error: 'rate_limited' });
      expect((await request('/api/private/me', { headers: auth(quiet) })).status).toBe(200);
      expect((await request('/api/private/me', { headers: await bearer('member') })).status).toBe(
        200,
      );
    },
  );
});

describe('when Clerk is slow or down', () => {
  let own: OwnSite;
  const base = () => own.site.url;

  beforeAll(async () => {
    own = await startOwnSite(20);
  });

  afterAll(async () => {
    await own?.stop();
  });

  it('answers a new OAuth token 503 with Retry-After within the bound, and keeps a verified one working', async () => {
    const cached = await oauthToken(newUser('cached'), ['posts:read'], { api: own.api });
    expect(
      (await request('/api/private/me', { base: base(), headers: auth(cached.token) })).status,
    ).toBe(200);
    const fresh = await oauthToken(newUser('fresh'), ['posts:read'], { api: own.api });
    await setBehaviour({ delayMs: 6_000 }, own.api);
    try {
      const started = Date.now();
      const slow = await request('/api/private/me', { base: base(), headers: auth(fresh.token) });
      expect(slow.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(Number(slow.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(json(slow.body)).toMatchObject({ error: 'verification_unavailable' });
      await setBehaviour({ failStatus: 503 }, own.api);
      const down = await request(`/api/private/posts/${membersSlug}`, {
        base: base(),
        headers: auth(fresh.token),
      });
      expect(down.status).toBe(503);
      expect(down.body).not.toContain(membersText);
      expect(
        (await request('/api/private/me', { base: base(), headers: auth(cached.token) })).status,
      ).toBe(200);
    } finally {
      await setBehaviour({}, own.api);
    }
    await new Promise((resolve) => setTimeout(resolve, 10_500));
    expect(
      (await request('/api/private/me', { base: base(), headers: auth(fresh.token) })).status,
    ).toBe(200);
  }, 40_000);
});
