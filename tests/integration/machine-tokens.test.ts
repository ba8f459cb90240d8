import { createPublicKey, randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { startClerkBackendStandIn, type RunningStandIn } from '@/lib/demo/fake-clerk/backend-api';

import { testClerkEnv } from '../../scripts/lib/clerk-tokens';
import { type RunningSite, startSite } from '../../scripts/lib/next-site';
import {
  type BackendApi,
  backendClient,
  callCounts,
  m2mToken,
  memberApiKey,
  setBehaviour,
  setPlanFeatures,
} from '../support/clerk-backend';
import { feedUrlPath } from '../support/feed-url';
import { gatedSentences, publishedSlugs, sentencesOf } from '../support/gated-text';
import { as, bearer, request } from '../support/http';
import { required } from '../support/required';

// Every opaque token type of /api/private/* and /api/private/machine/*, made and verified by
// the real SDK against the stand-in of Clerk's Backend API (lib/demo/fake-clerk/backend-api.ts).

const sentences = gatedSentences();
const premiumSlug = required(publishedSlugs('premium')[0], 'a published premium post');
const membersSlug = required(publishedSlugs('members')[0], 'a published members post');
const premiumText = sentencesOf(sentences, premiumSlug)[0];
const membersText = sentencesOf(sentences, membersSlug)[0];

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const newUser = (label: string) => `user_${label}${randomBytes(6).toString('hex')}`;
const wellFormedGarbage = (prefix: string) =>
  `${prefix}${randomBytes(24).toString('base64url').replace(/[-_]/g, 'q')}`;

describe("a member's API key on the member API", () => {
  it("reads as its owner with no plan when Clerk Billing gives them none: members' posts, not premium ones", async () => {
    const key = await memberApiKey(newUser('member'));
    const me = await request('/api/private/me', { headers: auth(key.secret!) });
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('private, no-store');
    expect(JSON.parse(me.body)).toMatchObject({
      plan: 'member',
      editor: false,
      canRead: { premium: false },
    });
    const members = await request(`/api/private/posts/${membersSlug}`, {
      headers: auth(key.secret!),
    });
    expect(members.status).toBe(200);
    expect(members.body).toContain(membersText.slice(0, 40));
    const premium = await request(`/api/private/posts/${premiumSlug}`, {
      headers: auth(key.secret!),
    });
    expect(premium.status).toBe(403);
    expect(premium.body).not.toContain(premiumText.slice(0, 40));
  });

  it("reads premium posts when Clerk Billing says the key's owner has the premium feature", async () => {
    const userId = newUser('subscriber');
    await setPlanFeatures(userId, ['premium_content']);
    const key = await memberApiKey(userId);
    expect(
      JSON.parse((await request('/api/private/me', { headers: auth(key.secret!) })).body),
    ).toMatchObject({ userId, plan: 'premium' });
    const premium = await request(`/api/private/posts/${premiumSlug}`, {
      headers: auth(key.secret!),
    });
    expect(premium.status).toBe(200);
    expect(premium.body).toContain(premiumText.slice(0, 40));
  });

  it('does not take a plan whose features do not include premium for premium', async () => {
    const userId = newUser('other-plan');
    await setPlanFeatures(userId, ['newsletter_archive']);
    const key = await memberApiKey(userId);
    expect(
      (await request(`/api/private/posts/${premiumSlug}`, { headers: auth(key.secret!) })).status,
    ).toBe(403);
  });

  it.each([
    [
      'revoked',
      async () => {
        const key = await memberApiKey(newUser('revoked'));
        await backendClient().apiKeys.revoke({ apiKeyId: key.id });
        return key.secret!;
      },
    ],
    [
      'expired',
      async () => {
        const key = await memberApiKey(newUser('expired'), { secondsUntilExpiration: 1 });
        await new Promise((resolve) => setTimeout(resolve, 1_200));
        return key.secret!;
      },
    ],
    ['unknown to Clerk', async () => wellFormedGarbage('ak_')],
    [
      'of another Clerk instance',
      async () =>
        (
          await memberApiKey(newUser('elsewhere'), {
            secretKey: inject('clerkBackend').otherInstanceSecretKey,
          })
        ).secret!,
    ],
    [
      'owned by an organization',
      async () => (await memberApiKey(`org_${randomBytes(6).toString('hex')}`)).secret!,
    ],
    [
      "made for a member's private feed (it opens the feed only)",
      async () => (await memberApiKey(newUser('feed'), { scopes: ['feed:read'] })).secret!,
    ],
    ['an opaque M2M token', async () => (await m2mToken()).token!],
    ['an OAuth access token', async () => wellFormedGarbage('oat_')],
    ['malformed', async () => 'ak_short'],
  ])('refuses a key that is %s with a JSON 401 and no gated text', async (_label, tokenOf) => {
    const token = await tokenOf();
    for (const path of [
      '/api/private/me',
      `/api/private/posts/${membersSlug}`,
      '/api/private/feed.xml',
    ]) {
      const reply = await request(path, { headers: auth(token) });
      expect(reply.status, path).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ error: 'unauthenticated' });
      expect(reply.body).not.toContain(membersText.slice(0, 40));
    }
  });

  it('is refused on a private preview site, which is for editors only', async () => {
    const key = await memberApiKey(newUser('preview'));
    const reply = await request('/api/private/me', {
      base: inject('privateSiteUrl'),
      headers: auth(key.secret!),
    });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'forbidden' });
  });

  it('does not open a gated post’s full text: pages take browser sessions only', async () => {
    const key = await memberApiKey(newUser('page'));
    const reply = await request(`/blog/${membersSlug}`, {
      headers: { ...auth(key.secret!), accept: 'text/html' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('Sign up to keep reading');
    expect(reply.body).not.toContain(membersText.slice(0, 40));
  });
});

describe('opaque M2M tokens on the machine API', () => {
  it('exports to a valid token', async () => {
    const token = await m2mToken();
    const reply = await request('/api/private/machine/export', { headers: auth(token.token!) });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).posts.length).toBeGreaterThan(0);
  });

  it.each([
    [
      'revoked',
      async () => {
        const token = await m2mToken();
        await backendClient().m2m.revokeToken({ m2mTokenId: token.id });
        return token.token!;
      },
    ],
    [
      'expired',
      async () => {
        const token = await m2mToken({ secondsUntilExpiration: 1 });
        await new Promise((resolve) => setTimeout(resolve, 1_200));
        return token.token!;
      },
    ],
    ['unknown to Clerk', async () => wellFormedGarbage('mt_')],
    ["a member's API key", async () => (await memberApiKey(newUser('on-machine'))).secret!],
  ])('refuses a token that is %s with machine_token_required', async (_label, tokenOf) => {
    const reply = await request('/api/private/machine/export', { headers: auth(await tokenOf()) });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'machine_token_required' });
  });
});

describe('the private feed URL, for feed readers', () => {
  it('serves a plain GET with no headers the full text the member may read, privately', async () => {
    const userId = newUser('reader');
    await setPlanFeatures(userId, ['premium_content']);
    const key = await memberApiKey(userId, { scopes: ['feed:read'] });
    const reply = await request(feedUrlPath(key.secret!));
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toContain('application/rss+xml');
    expect(reply.headers.get('cache-control')).toBe('private, no-store');
    expect(reply.headers.get('referrer-policy')).toBe('no-referrer');
    expect(reply.body).toContain(premiumText.slice(0, 40));
    expect(reply.body).toContain(membersText.slice(0, 40));
  });

  it("leaves premium items out of a member's feed without the plan", async () => {
    const key = await memberApiKey(newUser('reader'), { scopes: ['feed:read'] });
    const reply = await request(feedUrlPath(key.secret!));
    expect(reply.status).toBe(200);
    expect(reply.body).toContain(membersText.slice(0, 40));
    expect(reply.body).not.toContain(premiumText.slice(0, 40));
  });

  it.each([
    [
      'a reset (revoked) feed key',
      async () => {
        const key = await memberApiKey(newUser('reset'), { scopes: ['feed:read'] });
        await backendClient().apiKeys.revoke({ apiKeyId: key.id });
        return feedUrlPath(key.secret!);
      },
    ],
    [
      "a member's general API key",
      async () => feedUrlPath((await memberApiKey(newUser('general'))).secret!),
    ],
    ['a key Clerk does not know', async () => feedUrlPath(wellFormedGarbage('ak_'))],
    [
      'a valid feed key without its tag (a URL made before feed URLs had one)',
      async () =>
        `/api/private/feed/${(await memberApiKey(newUser('old'), { scopes: ['feed:read'] })).secret}`,
    ],
    [
      "a valid feed key with another key's tag",
      async () =>
        `${feedUrlPath(wellFormedGarbage('ak_'))}`.replace(
          /ak_[^.]+/,
          (await memberApiKey(newUser('swap'), { scopes: ['feed:read'] })).secret!,
        ),
    ],
    ['a word', async () => '/api/private/feed/feed'],
  ])('answers 404 to %s, with no gated text', async (_label, pathOf) => {
    const reply = await request(await pathOf());
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain(membersText.slice(0, 40));
  });
});

describe("the dashboard's private feed", () => {
  it('offers to make a feed URL, then shows the one the member has, never another key', async () => {
    const before = await request('/dashboard', { headers: await as('member') });
    expect(before.status).toBe(200);
    expect(before.body).toContain('Your private feed');
    expect(before.body).toContain('Make my private feed URL');
    const general = await memberApiKey('user_member');
    const feed = await memberApiKey('user_member', { scopes: ['feed:read'] });
    const after = await request('/dashboard', { headers: await as('member') });
    expect(after.body).toContain(feedUrlPath(feed.secret!));
    expect(after.body).toContain('Reset this URL');
    expect(after.body).not.toContain(general.secret!);
  });
});

/**
 * Clerk slow, down and refusing, and floods of made-up tokens: on a copy of the test build with its
 * own stand-in, so that what these tests do to "Clerk" and to the site's verifier touches no other test.
 */
describe('when Clerk is slow, down or refusing', () => {
  let standIn: RunningStandIn;
  let site: RunningSite;
  let api: BackendApi;
  const base = () => site.url;

  beforeAll(async () => {
    const secretKey = testClerkEnv().CLERK_SECRET_KEY!;
    standIn = await startClerkBackendStandIn({ instances: [secretKey] });
    api = { url: standIn.url, secretKey };
    const publicKeyPem = createPublicKey({
      key: inject('privateJwk') as import('node:crypto').JsonWebKey,
      format: 'jwk',
    })
      .export({ type: 'spki', format: 'pem' })
      .toString();
    const port = Number(process.env.MASTHEAD_TEST_PORT || 4310) + 15;
    site = await startSite({
      distDir: inject('distDir'),
      port,
      env: {
        ...testClerkEnv(publicKeyPem),
        CLERK_API_URL: standIn.url,
        NEXT_PUBLIC_SITE_URL: inject('siteUrl'),
      },
    });
  });

  afterAll(async () => {
    await site?.stop();
    await standIn?.stop();
  });

  const verifyCalls = async () => (await callCounts(api))['POST /api_keys/verify'] ?? 0;

  it('asks Clerk once for a key used many times', async () => {
    const key = await memberApiKey(newUser('often'), { api });
    const before = await verifyCalls();
    for (let i = 0; i < 5; i += 1)
      expect(
        (await request('/api/private/me', { base: base(), headers: auth(key.secret!) })).status,
      ).toBe(200);
    expect((await verifyCalls()) - before).toBe(1);
  });

  it('refuses 600 made-up feed URLs at once with 404 and no call to Clerk, and opens a new real one meanwhile', async () => {
    const key = await memberApiKey(newUser('new-feed'), { api, scopes: ['feed:read'] });
    const before = await verifyCalls();
    const flood = Promise.all(
      Array.from({ length: 600 }, () =>
        request(`/api/private/feed/${wellFormedGarbage('ak_')}`, { base: base() }),
      ),
    );
    const real = await request(feedUrlPath(key.secret!), { base: base() });
    const statuses = new Set((await flood).map((reply) => reply.status));
    expect(statuses).toEqual(new Set([404]));
    expect(real.status).toBe(200);
    expect((await verifyCalls()) - before).toBe(1);
  });

  it('refuses 1,000 distinct made-up keys with at most a bounded number of calls to Clerk', async () => {
    const before = await verifyCalls();
    const started = Date.now();
    const statuses = new Map<number, number>();
    for (let batch = 0; batch < 20; batch += 1) {
      const replies = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          request('/api/private/me', {
            base: base(),
            headers: auth(i % 2 ? wellFormedGarbage('ak_') : `ak_${i}!`),
          }),
        ),
      );
      for (const reply of replies)
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
    }
    const seconds = (Date.now() - started) / 1000;
    const calls = (await verifyCalls()) - before;
    // Malformed keys cost nothing; well-formed ones at most the burst plus 10 a second.
    expect(calls).toBeLessThanOrEqual(20 + Math.ceil(seconds * 10));
    expect([...statuses.keys()].every((status) => status === 401 || status === 503)).toBe(true);
    expect(statuses.get(401) ?? 0).toBeGreaterThanOrEqual(500);
  });

  it('answers 503 with Retry-After after at most 2 s when Clerk is slow, and keeps public pages and sessions working', async () => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const cached = await memberApiKey(newUser('cached'), { api });
    expect(
      (await request('/api/private/me', { base: base(), headers: auth(cached.secret!) })).status,
    ).toBe(200);
    const fresh = await memberApiKey(newUser('fresh'), { api });
    await setBehaviour({ delayMs: 6_000 }, api);
    try {
      const started = Date.now();
      const reply = await request('/api/private/me', {
        base: base(),
        headers: auth(fresh.secret!),
      });
      const waited = Date.now() - started;
      expect(reply.status).toBe(503);
      expect(Number(reply.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(reply.body)).toMatchObject({ error: 'verification_unavailable' });
      // Answered well before Clerk would have: the bound, not the stand-in's 6 s.
      expect(waited).toBeLessThan(5_000);
      // While Clerk is out: a key verified before still works, sessions and public pages too.
      expect(
        (await request('/api/private/me', { base: base(), headers: auth(cached.secret!) })).status,
      ).toBe(200);
      expect(
        (await request('/api/private/me', { base: base(), headers: await bearer('member') }))
          .status,
      ).toBe(200);
      expect(
        (await request('/dashboard', { base: base(), headers: await as('member') })).status,
      ).toBe(200);
      expect((await request('/blog', { base: base() })).status).toBe(200);
    } finally {
      await setBehaviour({}, api);
      // The timeout started a pause in calls to Clerk (10 s): let it end before the next test.
      await new Promise((resolve) => setTimeout(resolve, 10_500));
    }
  }, 30_000);

  it.each([
    ['down (503)', { failStatus: 503 }, 1],
    ['refusing this site (401 to its secret key)', { failStatus: 401 }, 1],
    ['rate-limiting this site (429, Retry-After: 7)', { failStatus: 429 }, 7],
  ])(
    'answers 503 with Retry-After while Clerk is %s, then works again when it is back',
    async (_label, behaviour, minRetry) => {
      const key = await memberApiKey(newUser('outage'), { api });
      await setBehaviour(behaviour, api);
      try {
        const reply = await request('/api/private/me', {
          base: base(),
          headers: auth(key.secret!),
        });
        expect(reply.status).toBe(503);
        expect(Number(reply.headers.get('retry-after'))).toBeGreaterThanOrEqual(minRetry);
        expect(JSON.parse(reply.body)).toMatchObject({ error: 'verification_unavailable' });
        const machine = await request('/api/private/machine/export', {
          base: base(),
          headers: auth(wellFormedGarbage('mt_')),
        });
        expect(machine.status).toBe(503);
        expect(
          (await request('/api/private/me', { base: base(), headers: await bearer('member') }))
            .status,
        ).toBe(200);
      } finally {
        await setBehaviour({}, api);
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(10_500, minRetry * 1000 + 500)));
      expect(
        (await request('/api/private/me', { base: base(), headers: auth(key.secret!) })).status,
      ).toBe(200);
    },
    30_000,
  );

  it("reads a subscriber's key as members-only, never premium, when Clerk Billing cannot answer", async () => {
    const userId = newUser('billing-down');
    await setPlanFeatures(userId, ['premium_content'], api);
    const key = await memberApiKey(userId, { api });
    await setBehaviour({ failStatus: 500, onlyPath: '/v1/users/' }, api);
    try {
      expect(
        JSON.parse(
          (await request('/api/private/me', { base: base(), headers: auth(key.secret!) })).body,
        ),
      ).toMatchObject({ plan: 'member' });
      const premium = await request(`/api/private/posts/${premiumSlug}`, {
        base: base(),
        headers: auth(key.secret!),
      });
      expect(premium.status).toBe(403);
      expect(premium.body).not.toContain(premiumText.slice(0, 40));
      expect(
        (
          await request(`/api/private/posts/${membersSlug}`, {
            base: base(),
            headers: auth(key.secret!),
          })
        ).status,
      ).toBe(200);
    } finally {
      await setBehaviour({}, api);
    }
  }, 30_000);

  it('still shows the dashboard when Clerk cannot list keys, and says so', async () => {
    await setBehaviour({ failStatus: 503, onlyPath: '/api_keys' }, api);
    try {
      const reply = await request('/dashboard', { base: base(), headers: await as('member') });
      expect(reply.status).toBe(200);
      expect(reply.body).toContain('Your account');
      expect(reply.body).toContain('Your feed URL cannot be shown right now');
    } finally {
      await setBehaviour({}, api);
    }
  });

  it('never writes a private feed URL or an API key to the server log', async () => {
    const key = await memberApiKey(newUser('logged'), { api, scopes: ['feed:read'] });
    await request(feedUrlPath(key.secret!), { base: base() });
    await request(`${feedUrlPath(key.secret!)}%zz`, { base: base() });
    await request('/api/private/me', { base: base(), headers: auth(key.secret!) });
    expect(site.output()).not.toContain(key.secret!.slice(3));
  });
});
