import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, inject, it } from 'vitest';

import { mintSessionToken, sessionCookies } from '../../scripts/lib/clerk-tokens';
import { backendClient } from '../support/clerk-backend';
import { publishedSlugs } from '../support/gated-text';
import { as, bearer, request } from '../support/http';
import { required } from '../support/required';

/**
 * A page on any site can make a browser send a form or a `text/plain` POST, with the browser's
 * cookies, to this one. Every request that changes something with a session cookie is refused
 * with 403 when it comes from another origin; a caller sending its own Authorization header is no
 * browser being steered, and is not affected.
 */
const members = required(publishedSlugs('members')[0], 'a published members post');
const EVIL = 'https://evil.example';
const giftPath = `/api/private/posts/${members}/gift`;
const simple = { 'content-type': 'text/plain;charset=UTF-8' };

describe('the private API refuses cross-site writes made with a session cookie', () => {
  it.each([
    ['a foreign Origin', { origin: EVIL }],
    ['Origin: null (a sandboxed frame)', { origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
  ])('POST gift with %s: 403, no link', async (_label, headers) => {
    const reply = await request(giftPath, {
      method: 'POST',
      headers: await as('member', { ...simple, ...headers }),
      body: '{}',
    });
    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain('/gift/');
    expect(reply.headers.get('cache-control')).toBe('private, no-store');
  });

  it.each(['DELETE', 'PUT', 'PATCH'])('%s with a foreign Origin: 403', async (method) => {
    const reply = await request('/api/private/me', {
      method,
      headers: await as('member', { origin: EVIL }),
    });
    expect(reply.status).toBe(403);
  });

  it('takes the same POST from the site itself', async () => {
    const headers = await as('member', {
      ...simple,
      origin: inject('siteUrl'),
      'sec-fetch-site': 'same-origin',
    });
    expect((await request(giftPath, { method: 'POST', headers, body: '{}' })).status).toBe(201);
  });

  it('takes a bearer-authenticated call whatever its Origin', async () => {
    const reply = await request(giftPath, {
      method: 'POST',
      headers: { ...(await bearer('member')), origin: EVIL, 'sec-fetch-site': 'cross-site' },
    });
    expect(reply.status).toBe(201);
  });
});

/** The dashboard's "Make my private feed URL" action, called by its id as the browser calls it. */
function actionId(name: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(inject('distDir'), 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as {
    node: Record<string, { exportedName?: string }>;
  };
  return required(
    Object.entries(manifest.node).find(([, action]) => action.exportedName === name)?.[0],
    `the id of ${name}`,
  );
}

/**
 * Next.js compares a server action's Origin with the request's host itself (it answered 500 and
 * did not run the action before the proxy refused these), but not Sec-Fetch-Site; the proxy
 * answers both with 403 before Next.js.
 */
describe('server actions refuse a foreign Origin', () => {
  const id = actionId('resetPrivateFeedUrl');
  const userId = `user_cross_site${randomBytes(6).toString('hex')}`;
  const call = async (headers: Record<string, string>) => {
    const cookie = sessionCookies(
      await mintSessionToken(inject('privateJwk'), { userId, azp: inject('siteUrl') }),
    );
    return request('/dashboard', {
      method: 'POST',
      headers: { cookie, 'next-action': id, accept: 'text/x-component', ...simple, ...headers },
      body: '[]',
    });
  };
  const feedKeys = async () =>
    (await backendClient().apiKeys.list({ subject: userId })).data.length;

  it('with a session cookie: 403 from the proxy, and no key made at Clerk', async () => {
    const attempts: Record<string, string>[] = [
      { origin: EVIL },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of attempts) {
      const reply = await call(headers);
      expect(reply.status).toBe(403);
      expect(reply.body).not.toContain('/api/private/feed/');
    }
    expect(await feedKeys()).toBe(0);
  });

  it('runs the same call from the site itself', async () => {
    const reply = await call({ origin: inject('siteUrl'), 'sec-fetch-site': 'same-origin' });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('/api/private/feed/');
    expect(await feedKeys()).toBe(1);
  });
});

describe("the demo's sign-in form", () => {
  it('refuses Sec-Fetch-Site: cross-site with 403 and no cookie, as it refuses a foreign Origin', async () => {
    const reply = await request('/api/demo/session', {
      base: inject('demoUrl'),
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site' },
      body: new URLSearchParams({ as: 'editor' }),
    });
    expect(reply.status).toBe(403);
    expect(reply.headers.getSetCookie()).toEqual([]);
  });
});
