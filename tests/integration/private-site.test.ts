import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { gatedSentences, publishedSlugs, sentencesOf } from '../support/gated-text';
import { as, bearer, machine, request } from '../support/http';
import { required } from '../support/required';
import { type RunningSite, startSite } from '../../scripts/lib/next-site';

/** The site built with MASTHEAD_PRIVATE_SITE=true. */
const base = () => inject('privateSiteUrl');
const premiumSlug = required(publishedSlugs('premium')[0], 'a published premium post');
const pages = [
  '/',
  '/blog',
  '/blog/static-first-publishing',
  '/pricing',
  '/dashboard',
  `/blog/${premiumSlug}`,
  '/settings',
  '/no-such-page',
];
const premiumText = sentencesOf(gatedSentences(), premiumSlug);

describe('a private preview site (MASTHEAD_PRIVATE_SITE=true)', () => {
  it.each(pages)('sends an anonymous visitor of %s to sign in', async (path) => {
    const reply = await request(path, { base: base(), headers: { accept: 'text/html' } });
    expect(reply.status).toBe(307);
    expect(reply.headers.get('location')).toMatch(/\/sign-in\?redirect_url=/);
    expect(reply.body).not.toContain('Static First, Dynamic Where It Counts');
  });

  it.each(['member', 'subscriber'] as const)(
    'closes every page to a %s who is not an editor',
    async (identity) => {
      for (const path of pages) {
        const reply = await request(path, {
          base: base(),
          headers: await as(identity, { accept: 'text/html' }),
        });
        expect(reply.status, path).toBe(404);
        expect(reply.body).not.toContain('Static First, Dynamic Where It Counts');
        for (const sentence of premiumText) expect(reply.body).not.toContain(sentence);
      }
    },
  );

  it('opens every page to an editor, and keeps them out of shared caches', async () => {
    for (const path of pages.slice(0, -1)) {
      const reply = await request(path, {
        base: base(),
        headers: await as('editor', { accept: 'text/html' }),
      });
      expect(reply.status, path).toBe(200);
      expect(reply.headers.get('cache-control'), path).toMatch(/private|no-store/);
    }
    const post = await request('/blog/static-first-publishing', {
      base: base(),
      headers: await as('editor'),
    });
    expect(post.body).toContain('Static First, Dynamic Where It Counts');
    const premium = await request(`/blog/${premiumSlug}`, {
      base: base(),
      headers: await as('editor'),
    });
    expect(
      premiumText.filter((sentence) => premium.body.includes(sentence)).length,
    ).toBeGreaterThan(0);
  });

  it('leaves the way in open: sign-in, sign-up and the session task page', async () => {
    for (const path of ['/sign-in', '/sign-up', '/sign-in/tasks']) {
      expect(
        (await request(path, { base: base(), headers: { accept: 'text/html' } })).status,
        path,
      ).toBe(200);
    }
  });

  it('serves static assets without a session', async () => {
    const signIn = await request('/sign-in', { base: base() });
    const asset = /\/_next\/static\/[^"']+\.js/.exec(signIn.body)?.[0];
    expect(asset).toBeDefined();
    expect((await request(asset!, { base: base() })).status).toBe(200);
  });

  it('answers the private API with 401 when anonymous, 403 to a member, 200 to an editor', async () => {
    expect((await request('/api/private/me', { base: base() })).status).toBe(401);
    const member = await request('/api/private/me', {
      base: base(),
      headers: await bearer('member'),
    });
    expect(member.status).toBe(403);
    expect(JSON.parse(member.body)).toMatchObject({ error: 'forbidden' });
    expect(
      (await request('/api/private/me', { base: base(), headers: await bearer('editor') })).status,
    ).toBe(200);
  });

  it('closes the machine API, to machines and editors alike', async () => {
    expect(
      (await request('/api/private/machine/export', { base: base(), headers: await machine() }))
        .status,
    ).toBe(401);
    expect(
      (
        await request('/api/private/machine/export', {
          base: base(),
          headers: await bearer('editor'),
        })
      ).status,
    ).toBe(401);
  });

  it('still sends a pending session to its task', async () => {
    const reply = await request('/blog', {
      base: base(),
      headers: await as('pending', { accept: 'text/html' }),
    });
    expect(reply.status).toBe(307);
    expect(reply.headers.get('location')).toContain('/sign-in/tasks');
  });
});

describe('a public build started with MASTHEAD_PRIVATE_SITE=true', () => {
  // After the ports of the test sites and the standalone server.
  const port = Number(process.env.MASTHEAD_TEST_PORT || 4310) + 4;
  let site: RunningSite;

  beforeAll(async () => {
    site = await startSite({
      distDir: inject('distDir'),
      port,
      env: { MASTHEAD_PRIVATE_SITE: 'true' },
    });
  });

  afterAll(async () => {
    await site?.stop();
  });

  it('serves nothing, rather than a public site someone believes private', async () => {
    for (const path of ['/', '/blog/static-first-publishing', '/feed.xml', '/api/health']) {
      const reply = await request(path, { base: site.url });
      expect(reply.status, path).toBe(500);
      expect(reply.body, path).not.toContain('Static First, Dynamic Where It Counts');
    }
  });
});
