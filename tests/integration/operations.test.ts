import { createPublicKey, randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import type { RequestLineFields } from '@/lib/observability/request-line';

import { testClerkEnv } from '../../scripts/lib/clerk-tokens';
import { type RunningSite, startSite } from '../../scripts/lib/next-site';
import { m2mToken, memberApiKey, setPlanFeatures } from '../support/clerk-backend';
import { feedUrlPath } from '../support/feed-url';
import { gatedSentences, publishedSlugs, sentencesOf } from '../support/gated-text';
import { mintGiftToken } from '../support/gift-links';
import { as, bearer, rawRequest, type Reply, request, tokenFor } from '../support/http';
import { required } from '../support/required';

/**
 * The request log, the health endpoints and the metrics listener of a server of its own on the
 * test build (its log is this test's to read), with Clerk's Backend API stand-in behind it.
 */
const port = Number(process.env.MASTHEAD_TEST_PORT || 4310) + 16;
const metricsPort = port + 1;
const premium = required(publishedSlugs('premium')[0], 'a published premium post');
const publicSlug = required(publishedSlugs('public')[0], 'a published public post');
const premiumText = sentencesOf(gatedSentences(), premium)[0];

/** A line as the server writes it: a request's own fields (lib/observability/request-line.ts), or any other event's. */
type LogLine = Partial<RequestLineFields> & { time: string; level: number; msg: string };

let site: RunningSite;

beforeAll(async () => {
  const publicKeyPem = createPublicKey({
    key: inject('privateJwk') as import('node:crypto').JsonWebKey,
    format: 'jwk',
  })
    .export({ type: 'spki', format: 'pem' })
    .toString();
  site = await startSite({
    distDir: inject('distDir'),
    port,
    env: {
      ...testClerkEnv(publicKeyPem),
      NEXT_PUBLIC_SITE_URL: inject('siteUrl'),
      CLERK_API_URL: inject('clerkBackend').url,
      MASTHEAD_GIFT_SECRET: `${inject('giftKeys').newest},${inject('giftKeys').older}`,
      MASTHEAD_METRICS_PORT: String(metricsPort),
      // A front elsewhere: this test's own X-Request-Id must not be taken.
      MASTHEAD_TRUSTED_FRONT: '192.0.2.1',
    },
  });
});

afterAll(async () => {
  await site?.stop();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every JSON line the server has written; anything else (Next's start-up banner) is skipped. */
function logLines(): LogLine[] {
  return site
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

/** The log line of the request that got this answer, by the id the answer carries. */
async function lineOf(reply: Reply): Promise<LogLine> {
  const id = required(reply.headers.get('x-request-id'), 'an X-Request-Id on the answer');
  for (let tries = 0; tries < 20; tries++) {
    const line = logLines().find((entry) => entry.msg === 'request' && entry.reqId === id);
    if (line) return line;
    await pause(50);
  }
  throw new Error(`no log line for request ${id}`);
}

const get = (path: string, headers: Record<string, string> = {}) =>
  request(path, { base: site.url, headers });

describe('one log line per request', () => {
  it.each([
    ['anonymous', `/blog/${publicSlug}`, '/blog/[slug]', 200, 'anonymous', 'public'],
    ['member', `/blog/${premium}`, '/blog/[slug]', 200, 'member', 'reading-upgrade'],
    ['subscriber', `/blog/${premium}`, '/blog/[slug]', 200, 'subscriber', 'reading-full'],
    ['editor', '/dashboard/editor', '/dashboard/editor', 200, 'editor', 'allowed'],
    ['anonymous', '/dashboard', '/dashboard', 307, 'anonymous', 'redirected'],
    ['anonymous', '/api/private/me', '/api/private/me', 401, 'anonymous', 'unauthenticated'],
  ] as const)(
    '%s: GET %s is logged as %s, %i, %s, %s',
    async (identity, path, route, status, reader, reason) => {
      const reply = await get(path, await as(identity, { accept: 'text/html' }));
      expect(reply.status).toBe(status);
      const line = await lineOf(reply);
      expect(line).toMatchObject({ msg: 'request', method: 'GET', route, status, reader, reason });
      expect(new Date(line.time).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(line.ms).toBeGreaterThanOrEqual(0);
    },
  );

  // The proxy runs for a public page only when the request carries credentials; it then checks
  // the session as Clerk does, so that the line says who read it (and a forged or expired one does not count).
  it.each([
    ['member', `/blog/${publicSlug}`, '/blog/[slug]', 'member'],
    ['subscriber', `/blog/${publicSlug}`, '/blog/[slug]', 'subscriber'],
    ['editor', '/', '/', 'editor'],
    ['member', '/tags', '/tags', 'member'],
    ['forged', `/blog/${publicSlug}`, '/blog/[slug]', 'anonymous'],
    ['expired', `/blog/${publicSlug}`, '/blog/[slug]', 'anonymous'],
  ] as const)(
    'a public page read with a %s session: GET %s is logged as %s, reader %s, reason public',
    async (identity, path, route, reader) => {
      const reply = await get(path, await as(identity, { accept: 'text/html' }));
      expect(reply.status).toBe(200);
      expect(await lineOf(reply)).toMatchObject({ route, status: 200, reader, reason: 'public' });
    },
  );

  // The request log's hook names each request's notes in this header (lib/observability/request-context.ts).
  it("keeps its notes under the site's own key, whatever key a client sends", async () => {
    const forged = { 'x-masthead-notes': 'chosen-by-the-client' };
    const member = await get(`/blog/${premium}`, await as('member', forged));
    expect(await lineOf(member)).toMatchObject({ reader: 'member', reason: 'reading-upgrade' });
    const editor = await get('/dashboard/editor', await as('editor', forged));
    expect(await lineOf(editor)).toMatchObject({ reader: 'editor', reason: 'allowed' });
  });

  it('a session sent as a bearer token to a public page is its reader too', async () => {
    const reply = await get(`/blog/${publicSlug}`, await bearer('subscriber'));
    expect(reply.status).toBe(200);
    expect(await lineOf(reply)).toMatchObject({ reader: 'subscriber', reason: 'public' });
  });

  // The second request with the same session is answered from the memory of Clerk's verified
  // answer (lib/auth/session/remembered-readers.ts); a newer client cookie makes Clerk's answer a
  // handshake (the token predates it), which memory must not hide.
  it('a session read on two public pages is its reader both times, and not once its client cookie is newer than the token', async () => {
    const token = await tokenFor('member');
    const iat = (
      JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
        iat: number;
      }
    ).iat;
    const cookie = (uat: number) => ({ cookie: `__session=${token}; __client_uat=${uat}` });
    for (const path of [`/blog/${publicSlug}`, '/tags']) {
      const reply = await get(path, cookie(iat));
      expect(reply.status).toBe(200);
      expect(await lineOf(reply)).toMatchObject({ reader: 'member', reason: 'public' });
    }
    const newer = await get(`/blog/${publicSlug}`, cookie(iat + 10));
    expect(newer.status).toBe(200);
    expect(await lineOf(newer)).toMatchObject({ reader: 'anonymous', reason: 'public' });
  });

  it('a machine token is the machine class', async () => {
    const token = await m2mToken();
    const reply = await get('/api/private/machine/export', {
      authorization: `Bearer ${token.token}`,
    });
    expect(reply.status).toBe(200);
    expect(await lineOf(reply)).toMatchObject({
      route: '/api/private/machine/export',
      reader: 'machine',
      reason: 'allowed',
    });
  });

  it("makes its own request id: a client's is never taken, nor is it from an address that is not the front's", async () => {
    const reply = await get('/', { 'x-request-id': 'chosen-by-the-client' });
    expect(reply.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await lineOf(reply)).reqId).toBe(reply.headers.get('x-request-id'));
  });

  it('writes nothing for static files', async () => {
    const page = await get('/');
    const asset = required(
      /\/_next\/static\/[^"]+\.js/.exec(page.body)?.[0],
      'a script on the home page',
    );
    await lineOf(page);
    const before = logLines().length;
    expect((await get(asset)).status).toBe(200);
    expect((await get('/images/publishing-pipeline.svg')).status).toBeLessThan(500);
    await pause(200);
    expect(
      logLines()
        .slice(before)
        .filter((line) => line.msg === 'request'),
    ).toEqual([]);
  });
});

describe('the log holds no secret', () => {
  it('after requests carrying session tokens, API keys, feed keys, M2M tokens, gift links and an email', async () => {
    const before = site.output().length;
    const session = await tokenFor('subscriber');
    const email = `reader.${randomBytes(4).toString('hex')}@example.com`;
    const apiKeyOwner = `user_logged${randomBytes(4).toString('hex')}`;
    await setPlanFeatures(apiKeyOwner, ['premium_content']);
    const apiKey = required((await memberApiKey(apiKeyOwner)).secret, 'an API key');
    const feedKey = required(
      (await memberApiKey(apiKeyOwner, { scopes: ['feed:read'] })).secret,
      'a feed key',
    );
    const machineToken = required((await m2mToken()).token, 'an M2M token');
    const giftToken = mintGiftToken(inject('giftKeys').newest, premium);

    const replies = [
      await get(
        `/blog/${premium}?email=${encodeURIComponent(email)}`,
        await as('subscriber', { accept: 'text/html' }),
      ),
      await get('/api/private/posts', { authorization: `Bearer ${session}` }),
      await get(`/api/private/posts/${premium}`, { authorization: `Bearer ${apiKey}` }),
      await get(feedUrlPath(feedKey)),
      await get(`${feedUrlPath(feedKey)}%zz`),
      await get('/api/private/machine/export', { authorization: `Bearer ${machineToken}` }),
      await get(`/gift/${premium}/${giftToken}`, { accept: 'text/html' }),
      await get(`/gift/${premium}/${giftToken}x`),
      await get('/dashboard', { cookie: `__session=${session}; email=${email}` }),
      await rawRequest(`/Gift/${premium}/${giftToken}%ff`, { base: site.url }),
    ];
    expect(replies.map((reply) => reply.status)).not.toContain(500);
    // The premium text reached the subscriber, the API key's owner and the gift link's reader…
    expect(
      replies.filter((reply) => reply.body.includes(premiumText.slice(0, 40))).length,
    ).toBeGreaterThanOrEqual(3);
    await pause(300);
    const log = site.output().slice(before);
    expect(
      log.split('\n').filter((line) => line.includes('"msg":"request"')).length,
    ).toBeGreaterThanOrEqual(replies.length);
    // …and none of it, nor any credential, reached the log.
    const secrets = [
      ...session.split('.'),
      apiKey.slice(3),
      feedKey.slice(3),
      machineToken.slice(3),
      ...giftToken.split('.').filter((part) => part.length > 0),
      email,
      premiumText.slice(0, 40),
    ];
    for (const secret of secrets) expect(log, 'a secret in the log').not.toContain(secret);
    expect(log).toContain('"route":"/gift/[slug]/[token]"');
    expect(log).toContain('"route":"/api/private/feed/[key]"');
  });
});

describe('methods no route answers', () => {
  it('TRACE is answered 405, logged once, with no stack trace; Node refuses TRACK (400) before any code runs', async () => {
    const before = site.output().length;
    const trace = await rawRequest('/dashboard', { base: site.url, method: 'TRACE' });
    expect(trace.status).toBe(405);
    expect((await lineOf(trace)).status).toBe(405);
    expect((await rawRequest('/dashboard', { base: site.url, method: 'TRACK' })).status).toBe(400);
    await pause(200);
    const log = site.output().slice(before);
    expect(log).not.toMatch(/^\s+at /m);
    expect(log.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('health', () => {
  it('/healthz: the process answers, never from a cache', async () => {
    const reply = await get('/healthz');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ status: 'ok' });
    expect(reply.headers.get('cache-control')).toContain('no-store');
  });

  it('/readyz: content loaded, keys configured, no secret in the answer', async () => {
    const reply = await get('/readyz');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toContain('no-store');
    const body = JSON.parse(reply.body) as { status: string; checks: Record<string, string> };
    expect(body).toMatchObject({
      status: 'ready',
      checks: { content: 'loaded', auth: 'configured', gifts: 'on' },
    });
    expect(['reachable', 'not-called-yet']).toContain(body.checks.clerk);
    for (const value of Object.values(testClerkEnv())) expect(reply.body).not.toContain(value);
    expect(reply.body).not.toContain(inject('giftKeys').newest.split(':')[1]);
  });
});

describe('metrics', () => {
  const scrape = async () => {
    const reply = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(reply.status).toBe(200);
    return reply.text();
  };

  it('are served on their own listener, on 127.0.0.1, and not on the public port', async () => {
    for (const path of ['/metrics', '/api/metrics', '/metrics?name[]=process_cpu_seconds_total']) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body, path).not.toContain('masthead_http_requests_total');
    }
    expect(await scrape()).toContain('# TYPE masthead_http_requests_total counter');
  });

  it('count requests by route and reader, gate decisions, Clerk calls, the token cache, renders, gift links and the process', async () => {
    const made = await request(`/api/private/posts/${premium}/gift`, {
      base: site.url,
      method: 'POST',
      headers: await as('subscriber', { 'content-type': 'application/json' }),
      body: '{}',
    });
    expect(made.status).toBe(201);
    await get(new URL((JSON.parse(made.body) as { url: string }).url).pathname);
    await get(`/blog/${premium}`, await as('subscriber'));
    await get('/', await as('member'));
    const text = await scrape();
    expect(text).not.toContain('outcome="public"');
    for (const series of [
      'masthead_http_requests_total{route="/blog/[slug]",reader="subscriber",status="200"}',
      'masthead_http_requests_total{route="/",reader="member",status="200"}',
      'masthead_http_request_duration_seconds_bucket{le="0.1",route="/blog/[slug]",reader="subscriber"}',
      'masthead_gate_decisions_total{outcome="reading-full"}',
      'masthead_gate_decisions_total{outcome="unauthenticated"}',
      'masthead_clerk_call_duration_seconds_count{endpoint="tokens.verify",outcome="valid"}',
      'masthead_token_cache_requests_total{result="hit"}',
      'masthead_token_cache_requests_total{result="miss"}',
      'masthead_token_cache_entries',
      'masthead_render_cache_total{result="HIT"}',
      'masthead_gift_links_total{event="made"}',
      'masthead_gift_links_total{event="opened"}',
      'masthead_gift_keys 2',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(text, series).toContain(series);
    }
  });
});
