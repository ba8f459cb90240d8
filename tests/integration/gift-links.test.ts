import { createPublicKey, randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { testClerkEnv } from '../../scripts/lib/clerk-tokens';
import { fetchRsc } from '../support/crawl';
import {
  gatedSentences,
  publishedSlugs,
  sentencesOf,
  unreleasedPosts,
} from '../support/gated-text';
import { invalidGiftPaths, mintGiftToken } from '../support/gift-links';
import { as, bearer, type Identity, rawRequest, request } from '../support/http';
import { required } from '../support/required';
import { type RunningSite, startSite } from '../../scripts/lib/next-site';

const sentences = gatedSentences();
const premium = required(publishedSlugs('premium')[0], 'a published premium post');
const members = required(publishedSlugs('members')[0], 'a published members post');
const draft = required(
  unreleasedPosts().find((post) => post.draft),
  'a draft',
);
const scheduled = required(
  unreleasedPosts().find((post) => !post.draft),
  'a scheduled post',
);
const DAY_MS = 86_400_000;
const NOT_VALID = 'This gift link is not valid (or has expired).';

async function gift(slug: string, identity: Identity, body?: unknown, base?: string) {
  const headers = await as(identity, { 'content-type': 'application/json' });
  return request(`/api/private/posts/${slug}/gift`, {
    base,
    method: 'POST',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function madeLink(
  slug: string,
  identity: Identity,
  body?: unknown,
): Promise<{ url: string; expiresAt: string }> {
  const reply = await gift(slug, identity, body);
  expect(reply.status, reply.body).toBe(201);
  return JSON.parse(reply.body) as { url: string; expiresAt: string };
}

const pathOf = (url: string) => new URL(url).pathname;

function expectGiftHeaders(headers: Headers) {
  expect(headers.get('cache-control')).toBe('private, no-store');
  expect(headers.get('x-robots-tag')).toBe('noindex');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
}

describe('POST /api/private/posts/<slug>/gift', () => {
  it('gives a subscriber a 14-day absolute link to a premium post', async () => {
    const before = Date.now();
    const { url, expiresAt } = await madeLink(premium, 'subscriber');
    expect(url.startsWith(`${inject('siteUrl')}/gift/${premium}/`)).toBe(true);
    expect(Date.parse(expiresAt) - before).toBeGreaterThanOrEqual(14 * DAY_MS - 1000);
    expect(Date.parse(expiresAt) - before).toBeLessThanOrEqual(14 * DAY_MS + 5000);
  });

  it('takes a bearer session token as well as a browser session', async () => {
    const reply = await request(`/api/private/posts/${members}/gift`, {
      method: 'POST',
      headers: await bearer('member'),
    });
    expect(reply.status, reply.body).toBe(201);
  });

  it('gives an editor a year, and a member a members-only post', async () => {
    const { expiresAt } = await madeLink(premium, 'editor', { expiresInDays: 365 });
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(364 * DAY_MS);
    await madeLink(members, 'member', { expiresInDays: 3 });
  });

  it.each([
    ['anonymous', premium, undefined, 401, 'unauthenticated'],
    ['member', premium, undefined, 403, 'your plan does not include it'],
    ['subscriber', 'static-first-publishing', undefined, 403, 'it is public'],
    ['subscriber', 'no-such-post', undefined, 404, 'No published post'],
    ['editor', draft.slug, undefined, 404, 'No published post'],
    ['editor', scheduled.slug, undefined, 404, 'No published post'],
    ['subscriber', premium, { expiresInDays: 15 }, 400, 'from 1 to 14'],
    ['subscriber', premium, { expiresInDays: 2.5 }, 400, 'whole number'],
    ['subscriber', premium, { expiresInDays: '7' }, 400, 'whole number'],
    ['editor', premium, { expiresInDays: 366 }, 400, 'from 1 to 365'],
    ['subscriber', premium, [7], 400, 'JSON object'],
  ] as const)('as %s, for %s with %j: %i', async (identity, slug, body, status, message) => {
    const reply = await gift(slug, identity, body);
    expect(reply.status).toBe(status);
    expect(reply.body).toContain(message);
    expect(reply.headers.get('cache-control')).toBe('private, no-store');
  });

  it('answers 400 to a body that is not JSON', async () => {
    const reply = await request(`/api/private/posts/${premium}/gift`, {
      method: 'POST',
      headers: await as('subscriber'),
      body: '{days:',
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toContain('not JSON');
  });

  it('answers 503 and says why where no gift key is set (the private preview site has none)', async () => {
    const reply = await gift(premium, 'editor', undefined, inject('privateSiteUrl'));
    expect(reply.status).toBe(503);
    expect(JSON.parse(reply.body)).toEqual({
      error: 'gifts_off',
      message: expect.stringContaining('MASTHEAD_GIFT_SECRET is not set'),
    });
  });
});

describe('the post page of a reader who may give it', () => {
  it('offers a subscriber the gift button under a premium post', async () => {
    const page = await request(`/blog/${premium}`, { headers: await as('subscriber') });
    expect(page.body).toContain('Gift this post');
    expect(page.body).not.toContain('Link works for');
  });

  it('offers an editor a lifetime choice', async () => {
    const page = await request(`/blog/${premium}`, { headers: await as('editor') });
    expect(page.body).toContain('Link works for');
    expect(page.body).toContain('365 days');
  });

  it('offers a member no gift of a premium post they cannot read', async () => {
    const page = await request(`/blog/${premium}`, { headers: await as('member') });
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('Gift this post');
  });

  it('says why where gifting is off, when the form is sent: the page is rendered before any server’s keys are known', async () => {
    const page = await request(`/blog/${premium}`, {
      base: inject('privateSiteUrl'),
      headers: await as('editor'),
    });
    expect(page.body).toContain('Gift this post');
    const made = await request(`/api/private/posts/${premium}/gift`, {
      base: inject('privateSiteUrl'),
      method: 'POST',
      headers: await as('editor'),
    });
    expect(made.status).toBe(503);
    expect(JSON.parse(made.body)).toMatchObject({
      error: 'gifts_off',
      message: 'Gift links are off on this site: MASTHEAD_GIFT_SECRET is not set.',
    });
  });
});

describe('opening a gift link', () => {
  it('shows anyone the full post, with the banner, the offer, a canonical link and private headers', async () => {
    const { url } = await madeLink(premium, 'subscriber');
    const page = await request(pathOf(url), { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    for (const sentence of sentencesOf(sentences, premium)) expect(page.body).toContain(sentence);
    expect(page.body).toContain('shared this post with you as a gift; the link works until');
    expect(page.body).toContain('Read every premium post');
    expect(page.body).toContain(
      `<link rel="canonical" href="${inject('siteUrl')}/blog/${premium}"/>`,
    );
    expect(page.body).toMatch(/<meta name="robots" content="noindex, nofollow"\/>/);
    expectGiftHeaders(page.headers);
  });

  it('opens with a signed-in visitor’s cookies too, and as an RSC payload', async () => {
    const { url } = await madeLink(members, 'member');
    const withCookies = await request(pathOf(url), { headers: await as('subscriber') });
    expect(withCookies.status).toBe(200);
    expect(withCookies.body).toContain(sentencesOf(sentences, members)[0]);
    expectGiftHeaders(withCookies.headers);
    const rsc = await fetchRsc(pathOf(url), inject('siteUrl'));
    expect(rsc.status).toBe(200);
    expect(rsc.body).toContain(sentencesOf(sentences, members)[0]);
  });

  it('opens a link signed with the older key, still listed after a rotation', async () => {
    const page = await request(
      `/gift/${premium}/${mintGiftToken(inject('giftKeys').older, premium)}`,
    );
    expect(page.status).toBe(200);
    expect(page.body).toContain(sentencesOf(sentences, premium)[0]);
  });

  it.each(invalidGiftPaths(inject('giftKeys').newest, premium, members))(
    '$variant: shows the preview, the notice and the offer, and no gated text',
    async ({ path }) => {
      const page = await request(path, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.body).toContain(NOT_VALID);
      expect(page.body).toContain('The rest of this post is for subscribers');
      for (const sentence of sentencesOf(sentences, premium))
        expect(page.body).not.toContain(sentence);
      expectGiftHeaders(page.headers);
    },
  );

  it.each([
    ['a draft', draft.slug],
    ['a scheduled post', scheduled.slug],
  ])('opens nothing of %s, whatever the link', async (_label, slug) => {
    const page = await request(`/gift/${slug}/${mintGiftToken(inject('giftKeys').newest, slug)}`, {
      headers: { accept: 'text/html' },
    });
    expect(page.status).toBe(404);
    for (const sentence of sentencesOf(sentences, slug)) expect(page.body).not.toContain(sentence);
    expectGiftHeaders(page.headers);
  });
});

describe('the token opens nothing but the gift view', () => {
  it('is ignored by the feeds, search, sitemap, share images and public page, and by the API as a credential', async () => {
    const token = mintGiftToken(inject('giftKeys').newest, premium);
    const secret = sentencesOf(sentences, premium)[0];
    for (const path of [
      '/feed.xml',
      '/feed.json',
      '/search.json',
      '/sitemap.xml',
      `/blog/${premium}`,
    ]) {
      for (const query of [`?key=${token}`, `?gift=${token}`, `?token=${token}`]) {
        const reply = await request(`${path}${query}`);
        expect(reply.status, `${path}${query}`).toBe(200);
        expect(reply.body, `${path}${query}`).not.toContain(secret);
      }
    }
    const api = await request(`/api/private/posts/${premium}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(api.status).toBe(401);
    expect(api.body).not.toContain(secret);
    expect((await request(`/gift/${premium}/${token}/opengraph-image`)).status).toBe(404);
  });

  it('is kept away from crawlers: robots.txt disallows /gift/, the sitemap lists none', async () => {
    expect((await request('/robots.txt')).body).toContain('Disallow: /gift/');
    expect((await request('/sitemap.xml')).body).not.toContain('/gift/');
  });
});

describe('the server log', () => {
  const publicKeyPem = createPublicKey({
    key: inject('privateJwk') as import('node:crypto').JsonWebKey,
    format: 'jwk',
  })
    .export({ type: 'spki', format: 'pem' })
    .toString();
  let site: RunningSite;
  beforeAll(async () => {
    // A server of its own on the test build, for its log; the shared site's origin, so that sessions are valid.
    site = await startSite({
      distDir: inject('distDir'),
      port: Number(process.env.MASTHEAD_TEST_PORT || 4310) + 12,
      env: {
        ...testClerkEnv(publicKeyPem),
        NEXT_PUBLIC_SITE_URL: inject('siteUrl'),
        MASTHEAD_GIFT_SECRET: `${inject('giftKeys').newest},${inject('giftKeys').older}`,
      },
    });
  });
  afterAll(async () => {
    await site?.stop();
  });

  it('holds no token, whatever was asked of the gift route', async () => {
    const made = await gift(premium, 'subscriber', { expiresInDays: 2 }, site.url);
    expect(made.status).toBe(201);
    const token = required(
      pathOf((JSON.parse(made.body) as { url: string }).url).split('/')[3],
      'a token in the link',
    );
    const paths = [
      `/gift/${premium}/${token}`,
      `/gift/${premium}/${token}x`,
      `/gift/${premium}/${token}%ff`,
      `/gift/${draft.slug}/${token}`,
    ];
    for (const path of paths)
      expect(
        (await rawRequest(path, { base: site.url, headers: { accept: 'text/html' } })).status,
      ).toBeLessThan(500);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(site.output()).toContain(`/gift/${premium}/…`);
    // The token's parts (header, IV, ciphertext, tag): the empty encrypted key of `dir` aside.
    const parts = token.split('.').filter(Boolean);
    expect(parts).toHaveLength(4);
    for (const part of parts) expect(site.output()).not.toContain(part);
  });

  it('holds no token or feed key, however the path is spelled', async () => {
    const token = mintGiftToken(inject('giftKeys').newest, premium);
    const feedKey = `ak_${randomBytes(24).toString('base64url').replace(/[-_]/g, 'q')}`;
    const spellings = [
      `/Gift/${premium}/${token}%ff`,
      `/%ff/gift/x/${token}`,
      `/api/private/Feed/${feedKey}%ff`,
      `/%67ift/${premium}/${token}%ff`,
    ];
    for (const path of spellings)
      expect(
        (await rawRequest(path, { base: site.url, headers: { accept: 'text/html' } })).status,
        path,
      ).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const secrets = [...token.split('.').filter((part) => part.length > 0), feedKey.slice(3)];
    expect(secrets.length).toBeGreaterThan(3);
    for (const secret of secrets) expect(site.output()).not.toContain(secret);
  });
});
