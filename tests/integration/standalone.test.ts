import { createPublicKey } from 'node:crypto';

import type { JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { testClerkEnv } from '../../scripts/lib/clerk-tokens';
import { mintGiftToken } from '../support/gift-links';
import { as, request } from '../support/http';
import { startStandalone, type StandaloneServer } from '../support/standalone';

// After the ports of the test sites (MASTHEAD_TEST_PORT to +2: with keys, without, private site).
const port = Number(process.env.MASTHEAD_TEST_PORT || 4310) + 3;

function publicKeyPem(privateJwk: JWK): string {
  const { kty, n, e } = privateJwk;
  return createPublicKey({ key: { kty, n, e }, format: 'jwk' })
    .export({ type: 'spki', format: 'pem' })
    .toString();
}

let server: StandaloneServer;

beforeAll(async () => {
  server = await startStandalone(inject('distDir'), port, {
    NEXT_PUBLIC_SITE_URL: inject('siteUrl'),
    MASTHEAD_GIFT_SECRET: inject('giftKeys').newest,
    ...testClerkEnv(publicKeyPem(inject('privateJwk'))),
  });
});

afterAll(async () => {
  await server?.stop();
});

describe('the standalone server (node <distDir>/standalone/server.js, as in the container)', () => {
  it('answers the health route without auth, uncached', async () => {
    const reply = await request('/api/health', { base: server.url });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(JSON.parse(reply.body)).toEqual({ status: 'ok', auth: 'configured' });
  });

  it('serves a public post with a CDN-cacheable Cache-Control', async () => {
    const reply = await request('/blog/static-first-publishing', { base: server.url });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('Static First, Dynamic Where It Counts');
    expect(reply.headers.get('cache-control')).toMatch(
      /^s-maxage=\d+, stale-while-revalidate=\d+$/,
    );
  });

  it('serves its hashed static assets as immutable', async () => {
    const page = await request('/', { base: server.url });
    const stylesheet = /\/_next\/static\/[^"]+\.css/.exec(page.body)?.[0];
    expect(stylesheet).toBeDefined();
    const reply = await request(stylesheet!, { base: server.url });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('opens a premium post to a subscriber, privately', async () => {
    const reply = await request('/blog/pricing-a-membership-tier', {
      base: server.url,
      headers: await as('subscriber'),
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('Decide what each tier is for');
    const cacheControl = reply.headers.get('cache-control') ?? '';
    expect(cacheControl).toContain('private');
    expect(cacheControl).toContain('no-store');
  });

  it('opens a premium post through a gift link, reading its full text from the files traced with that route', async () => {
    const slug = 'pricing-a-membership-tier';
    const reply = await request(`/gift/${slug}/${mintGiftToken(inject('giftKeys').newest, slug)}`, {
      base: server.url,
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('Decide what each tier is for');
  });

  it('keeps the premium post closed to an anonymous reader', async () => {
    const reply = await request('/blog/pricing-a-membership-tier', { base: server.url });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('See plans');
    expect(reply.body).not.toContain('Decide what each tier is for');
  });
});
