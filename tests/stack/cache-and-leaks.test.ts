import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Stack } from '../../scripts/lib/stack';
import { leaksIn, publishedSlugs, secretSentences, unreleasedPosts } from '../support/gated-text';
import { as, type Identity, rawRequest, type Reply, request } from '../support/http';
import { cacheStatus, SERVED_FROM_CACHE, startTestStack } from './stack-under-test';

let stack: Stack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

const gatedSlugs = [...publishedSlugs('members'), ...publishedSlugs('premium')];
const unreleasedSlugs = unreleasedPosts().map((post) => post.slug);
const PREMIUM = 'pricing-a-membership-tier';
const PERSONAL = ['user_subscriber', 'user_editor'];

const GATED_URLS = [
  '/dashboard',
  '/dashboard/editor',
  ...unreleasedSlugs.map((slug) => `/dashboard/editor/${slug}`),
  '/settings',
  '/api/private/me',
  '/api/private/posts',
  ...gatedSlugs.map((slug) => `/api/private/posts/${slug}`),
  '/api/private/feed.xml',
];
const PUBLIC_URLS = [
  '/',
  '/blog',
  ...[...gatedSlugs, ...unreleasedSlugs].map((slug) => `/blog/${slug}`),
  '/feed.xml',
  '/feed.json',
  '/search.json',
  '/sitemap.xml',
];

/** The ways a browser asks for one URL: a document, a navigation's RSC payload, prefetches. */
const VARIANTS: { name: string; query?: string; headers: Record<string, string> }[] = [
  { name: 'document', headers: {} },
  { name: 'RSC', headers: { RSC: '1' } },
  { name: 'prefetch', headers: { RSC: '1', 'Next-Router-Prefetch': '1' } },
  {
    name: 'segment prefetch',
    headers: { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' },
  },
  { name: '?_rsc', query: '_rsc=stack', headers: { RSC: '1' } },
  { name: '?_rsc without RSC', query: '_rsc=stack', headers: {} },
];

interface Seen extends Reply {
  path: string;
  what: string;
}

/** One variant of a URL; a 307 that only adds Next's `_rsc` is followed, as Next's router does. */
async function fetchVariant(
  who: Identity,
  path: string,
  variant: (typeof VARIANTS)[number],
): Promise<Seen> {
  const headers = await as(who, variant.headers);
  const url = variant.query ? `${path}?${variant.query}` : path;
  let reply = await request(url, { base: stack.url, headers });
  const location = reply.headers.get('location');
  if (reply.status === 307 && location && new URL(location, stack.url).searchParams.has('_rsc')) {
    const next = new URL(location, stack.url);
    reply = await request(next.pathname + next.search, { base: stack.url, headers });
  }
  return { ...reply, path, what: `${who} ${variant.name} ${url}` };
}

async function everything(who: Identity): Promise<Seen[]> {
  const seen: Seen[] = [];
  for (const path of [...GATED_URLS, ...PUBLIC_URLS]) {
    for (const variant of VARIANTS) seen.push(await fetchVariant(who, path, variant));
  }
  return seen;
}

describe('nginx in front of three copies: what the shared cache hands to the next reader', () => {
  it('gives an anonymous reader nothing gated, nothing personal and nothing private that a subscriber and an editor were served before', async () => {
    const subscriber = await everything('subscriber');
    const editor = await everything('editor');
    const anonymous = await everything('anonymous');

    // The signed-in requests really carried what must not travel further, straight from a copy.
    const premiumPage = subscriber.find(
      (seen) => seen.what === `subscriber document /blog/${PREMIUM}`,
    );
    expect(premiumPage?.status).toBe(200);
    expect(premiumPage?.body).toContain('Decide what each tier is for');
    expect(cacheStatus(premiumPage!.headers)).toBe('BYPASS');
    expect(
      subscriber.find((seen) => seen.what === 'subscriber document /api/private/me')?.body,
    ).toContain('user_subscriber');
    expect(
      editor.some((seen) => seen.status === 200 && seen.what.includes('/dashboard/editor/')),
    ).toBe(true);

    const secrets = secretSentences();
    const problems: string[] = [];
    for (const seen of anonymous) {
      const leaks = leaksIn(seen.body, secrets);
      if (leaks.length > 0) problems.push(`${seen.what}: gated text "${leaks[0]}"`);
      for (const id of PERSONAL) if (seen.body.includes(id)) problems.push(`${seen.what}: ${id}`);
      if (GATED_URLS.includes(seen.path) && seen.status === 200) problems.push(`${seen.what}: 200`);
    }
    for (const seen of [...subscriber, ...editor, ...anonymous]) {
      const cacheControl = seen.headers.get('cache-control') ?? '';
      if (
        /private|no-store/.test(cacheControl) &&
        SERVED_FROM_CACHE.has(cacheStatus(seen.headers))
      ) {
        problems.push(
          `${seen.what}: "${cacheControl}" served from the cache (${cacheStatus(seen.headers)})`,
        );
      }
    }
    expect(problems).toEqual([]);
    console.log(
      `[stack] ${subscriber.length + editor.length} signed-in requests, then ${anonymous.length} anonymous ones: no leak`,
    );
  }, 300_000);
});

describe('nginx in front of three copies: public pages from the cache', () => {
  const PUBLIC_PAGES = [
    '/',
    '/blog',
    '/blog/static-first-publishing',
    `/blog/${PREMIUM}`,
    '/tags',
    '/feed.xml',
    '/feed.json',
    '/search.json',
  ];

  it.each(PUBLIC_PAGES)('serves %s from the cache on the second request', async (path) => {
    const first = await request(path, { base: stack.url });
    const second = await request(path, { base: stack.url });
    expect(first.status).toBe(200);
    expect(['MISS', 'HIT']).toContain(cacheStatus(first.headers));
    expect(cacheStatus(second.headers)).toBe('HIT');
    expect(second.body).toBe(first.body);
  });

  it.each(['/sitemap.xml', '/robots.txt'])(
    'asks a copy for %s every time, as its max-age=0 says',
    async (path) => {
      await request(path, { base: stack.url });
      const second = await request(path, { base: stack.url });
      expect(second.headers.get('cache-control')).toContain('max-age=0');
      expect(cacheStatus(second.headers)).toBe('MISS');
    },
  );

  it('keeps a page and its RSC payload apart, each cached', async () => {
    const path = '/blog/static-first-publishing';
    const html = await request(path, { base: stack.url });
    const rscHeaders = { RSC: '1' };
    const redirect = await request(path, { base: stack.url, headers: rscHeaders });
    const target = new URL(redirect.headers.get('location') ?? path, stack.url);
    const first = await request(target.pathname + target.search, {
      base: stack.url,
      headers: rscHeaders,
    });
    const second = await request(target.pathname + target.search, {
      base: stack.url,
      headers: rscHeaders,
    });
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(second.headers.get('content-type')).toContain('text/x-component');
    expect(cacheStatus(second.headers)).toBe('HIT');
    expect(second.body).toBe(first.body);
    const again = await request(path, { base: stack.url });
    expect(again.headers.get('content-type')).toContain('text/html');
    expect(cacheStatus(again.headers)).toBe('HIT');
  });

  it('serves hashed static assets from the cache', async () => {
    const page = await request('/', { base: stack.url });
    const stylesheet = /\/_next\/static\/[^"]+\.css/.exec(page.body)?.[0];
    expect(stylesheet).toBeDefined();
    await request(stylesheet!, { base: stack.url });
    const second = await request(stylesheet!, { base: stack.url });
    expect(second.status).toBe(200);
    expect(cacheStatus(second.headers)).toBe('HIT');
  });

  it.each(['TRACE', 'TRACK'])(
    'refuses %s with a 405 before it reaches a copy, which would answer 500',
    async (method) => {
      for (const path of ['/dashboard', '/sign-in', '/blog']) {
        const reply = await rawRequest(path, { base: stack.url, method });
        expect(reply.status, path).toBe(405);
      }
    },
  );

  it('gives a subscriber the premium text at the post’s address, straight from a copy, and the next anonymous reader the cached public page', async () => {
    const path = `/blog/${PREMIUM}`;
    const publicPage = await request(path, { base: stack.url });
    expect(publicPage.body).toContain('See plans');
    const subscriber = await request(path, { base: stack.url, headers: await as('subscriber') });
    expect(subscriber.body).toContain('Decide what each tier is for');
    expect(cacheStatus(subscriber.headers)).toBe('BYPASS');
    const anonymous = await request(path, { base: stack.url });
    expect(cacheStatus(anonymous.headers)).toBe('HIT');
    expect(anonymous.body).toBe(publicPage.body);
    expect(anonymous.body).not.toContain('Decide what each tier is for');
  });

  it('keeps the anonymous HIT ratio on public pages while subscribers read', async () => {
    const subscriberHeaders = await as('subscriber');
    const statuses: string[] = [];
    for (let round = 0; round < 5; round++) {
      for (const path of PUBLIC_PAGES) {
        await request(path, { base: stack.url, headers: subscriberHeaders });
        statuses.push(cacheStatus((await request(path, { base: stack.url })).headers));
      }
    }
    const hits = statuses.filter((status) => SERVED_FROM_CACHE.has(status)).length;
    console.log(
      `[stack] anonymous requests between subscribers' on public pages: ${hits} of ${statuses.length} from the cache`,
    );
    expect(hits).toBe(statuses.length);
  });

  it('neither reads nor fills the cache for a request with Authorization', async () => {
    await request('/blog', { base: stack.url });
    const withToken = await request('/blog', {
      base: stack.url,
      headers: { authorization: 'Bearer not-a-token' },
    });
    expect(withToken.status).toBe(200);
    expect(cacheStatus(withToken.headers)).toBe('BYPASS');
  });
});
