import { describe, expect, inject, it } from 'vitest';

import { readPostSources, secretSentences } from '../support/gated-text';
import { as, bearer, type Identity, request } from '../support/http';
import { required } from '../support/required';

const secrets = secretSentences();
const gatedPosts = readPostSources().filter(
  (post) => post.access !== 'public' && !post.draft && post.date <= new Date(),
);
const draft = readPostSources().find((post) => post.draft)!;
const gatedPost = required(gatedPosts[0], 'a published gated post');

/** A gated post's secret sentences, at least one: with none, the checks below could not fail. */
function secretsOf(slug: string): [string, ...string[]] {
  const [first, ...rest] = [...secrets.entries()]
    .filter(([, s]) => s === slug)
    .map(([sentence]) => sentence);
  return [required(first, `a secret sentence of ${slug}`), ...rest];
}

type Expectation = { status: number; fullText: boolean; shows?: RegExp };

/**
 * The promise, whole: for each kind of gated post, what each viewer gets at the post's one
 * address and from the API. `fullText` says whether the sentences below the marker are in the body.
 */
const table: Record<
  'members' | 'premium',
  Record<string, Record<Identity & string, Expectation>>
> = {
  members: {
    '/blog/<slug>': {
      anonymous: { status: 200, fullText: false, shows: /Sign up to keep reading/ },
      pending: { status: 200, fullText: false, shows: /Sign up to keep reading/ },
      forged: { status: 200, fullText: false, shows: /Sign up to keep reading/ },
      otherParty: { status: 200, fullText: false, shows: /Sign up to keep reading/ },
      member: {
        status: 200,
        fullText: true,
        shows: /Members’ part[\s\S]*Share this post as a gift/,
      },
      subscriber: { status: 200, fullText: true },
      editor: { status: 200, fullText: true, shows: /Link works for/ },
    } as Record<Identity, Expectation>,
    '/api/private/posts/<slug>': {
      anonymous: { status: 401, fullText: false },
      member: { status: 200, fullText: true },
      subscriber: { status: 200, fullText: true },
      editor: { status: 200, fullText: true },
    } as Record<Identity, Expectation>,
  },
  premium: {
    '/blog/<slug>': {
      anonymous: { status: 200, fullText: false, shows: /See plans/ },
      pending: { status: 200, fullText: false, shows: /See plans/ },
      forged: { status: 200, fullText: false, shows: /See plans/ },
      otherParty: { status: 200, fullText: false, shows: /See plans/ },
      member: { status: 200, fullText: false, shows: /Upgrade to premium/ },
      subscriber: {
        status: 200,
        fullText: true,
        shows: /Subscribers’ part[\s\S]*Share this post as a gift/,
      },
      editor: { status: 200, fullText: true },
    } as Record<Identity, Expectation>,
    '/api/private/posts/<slug>': {
      anonymous: { status: 401, fullText: false },
      member: { status: 403, fullText: false },
      subscriber: { status: 200, fullText: true },
      editor: { status: 200, fullText: true },
    } as Record<Identity, Expectation>,
  },
};

/** How a request can ask for a page: as a document, as the RSC payload a client router fetches, or its headers only. */
const deliveries = {
  document: { accept: 'text/html' },
  rsc: { rsc: '1' },
} as const;

/** The readers with an active session, who get a rendering of their own; anyone else gets the public page. */
const SIGNED_IN: Identity[] = ['member', 'subscriber', 'editor'];

const cases = gatedPosts.flatMap((post) =>
  Object.entries(table[post.access as 'members' | 'premium']).flatMap(([route, byIdentity]) =>
    Object.entries(byIdentity).map(([identity, expected]) => ({
      slug: post.slug,
      access: post.access,
      path: route.replace('<slug>', post.slug),
      identity: identity as Identity,
      expected,
    })),
  ),
);
const pageCases = cases.filter((one) => one.path.startsWith('/blog/'));

function secretsIn(body: string, slug: string): string[] {
  const text = body
    .replace(/<!-- -->/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/\\"/g, '"');
  return secretsOf(slug).filter((sentence) => text.includes(sentence));
}

function expectText(body: string, slug: string, expected: Expectation) {
  const present = secretsIn(body, slug);
  if (expected.fullText) expect(present.length).toBeGreaterThan(secretsOf(slug).length / 2);
  else expect(present).toEqual([]);
}

/** An RSC request is answered once its `_rsc` query matches its headers: follow that one redirect. */
async function rscRequest(path: string, headers: Record<string, string>) {
  const first = await request(path, { headers });
  const location = first.headers.get('location');
  return first.status === 307 && location
    ? request(
        new URL(location, inject('siteUrl')).pathname + new URL(location, inject('siteUrl')).search,
        { headers },
      )
    : first;
}

describe('gated posts, for every viewer and route', () => {
  it('covers a members post and a premium post', () => {
    expect(new Set(gatedPosts.map((p) => p.access))).toEqual(new Set(['members', 'premium']));
  });

  it.each(cases)(
    '$access post $slug: $identity on $path -> $expected.status, full text: $expected.fullText',
    async ({ slug, path, identity, expected }) => {
      const reply = await request(path, { headers: await as(identity, deliveries.document) });
      expect(reply.status).toBe(expected.status);
      expect(secretsOf(slug).length).toBeGreaterThan(2);
      expectText(reply.body, slug, expected);
      if (expected.shows) expect(reply.body).toMatch(expected.shows);
      if (path.startsWith('/blog/') && SIGNED_IN.includes(identity))
        expect(reply.headers.get('cache-control')).toBe('private, no-store');
    },
  );

  it.each(pageCases)(
    '$access post $slug at its one address, as the RSC payload: $identity, full text: $expected.fullText',
    async ({ slug, path, identity, expected }) => {
      const reply = await rscRequest(path, await as(identity, deliveries.rsc));
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toContain('text/x-component');
      expectText(reply.body, slug, expected);
    },
  );

  it.each(pageCases.filter((one) => one.identity !== 'anonymous'))(
    '$access post $slug at its one address with a Bearer session: $identity, full text: $expected.fullText',
    async ({ slug, path, identity, expected }) => {
      const reply = await request(path, {
        headers: {
          ...(await bearer(identity as Exclude<Identity, 'anonymous'>)),
          ...deliveries.document,
        },
      });
      expect(reply.status).toBe(200);
      expectText(reply.body, slug, expected);
    },
  );

  it.each(pageCases)(
    '$access post $slug, HEAD as $identity: the same status and no body',
    async ({ path, identity, expected }) => {
      const reply = await request(path, {
        method: 'HEAD',
        headers: await as(identity, deliveries.document),
      });
      expect(reply.status).toBe(expected.status);
      expect(reply.body).toBe('');
      if (SIGNED_IN.includes(identity))
        expect(reply.headers.get('cache-control')).toBe('private, no-store');
    },
  );

  it('sends old member-area links to the one address', async () => {
    const reply = await request(`/dashboard/posts/${gatedPost.slug}`, {
      headers: await as('subscriber'),
    });
    expect(reply.status).toBe(308);
    expect(reply.headers.get('location')).toBe(`/blog/${gatedPost.slug}`);
  });
});

describe('the private posts API', () => {
  it('lists the gated posts with what this caller may open', async () => {
    const reply = await request('/api/private/posts', { headers: await as('member') });
    expect(reply.status).toBe(200);
    const { posts } = JSON.parse(reply.body) as {
      posts: { slug: string; access: string; canRead: boolean }[];
    };
    expect(posts.map((p) => p.slug).sort()).toEqual(gatedPosts.map((p) => p.slug).sort());
    for (const post of posts) expect(post.canRead).toBe(post.access === 'members');
    expect(reply.body).not.toContain(draft.slug);
  });

  it('answers the full text as HTML with title, date and access', async () => {
    const premium = gatedPosts.find((p) => p.access === 'premium')!;
    const reply = await request(`/api/private/posts/${premium.slug}`, {
      headers: await as('subscriber'),
    });
    expect(reply.headers.get('cache-control')).toBe('private, no-store');
    const body = JSON.parse(reply.body) as Record<string, string>;
    expect(body).toMatchObject({ slug: premium.slug, title: premium.title, access: 'premium' });
    expect(body.html).toMatch(/^<p>/);
    expect(body.html).toContain(secretsOf(premium.slug)[0].split(' ').slice(0, 4).join(' '));
  });

  it.each([
    ['an unknown slug', '/api/private/posts/no-such-post'],
    ['a draft', `/api/private/posts/${draft.slug}`],
  ])('answers 404 JSON for %s', async (_, path) => {
    const reply = await request(path, { headers: await as('subscriber') });
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'not_found' });
  });

  it('answers 403 with a machine-readable error to a member asking for a premium post', async () => {
    const premium = gatedPosts.find((p) => p.access === 'premium')!;
    const reply = await request(`/api/private/posts/${premium.slug}`, {
      headers: await as('member'),
    });
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'forbidden' });
    expect(reply.headers.get('cache-control')).toBe('private, no-store');
  });

  it('keeps a draft out of its would-be address for every reader', async () => {
    for (const identity of ['anonymous', 'subscriber', 'editor'] as const) {
      expect(
        (await request(`/blog/${draft.slug}`, { headers: await as(identity) })).status,
        identity,
      ).toBe(404);
    }
  });
});

describe('what the public page of a gated post says', () => {
  it('ends a public post, not a gated one, with the offer to join that brings the reader back', async () => {
    const open = await request('/blog/static-first-publishing');
    expect(open.body).toContain('Read more like this');
    expect(open.body).toContain('href="/sign-up?redirect_url=%2Fblog%2Fstatic-first-publishing"');
    const gated = await request(`/blog/${gatedPost.slug}`);
    expect(gated.body).not.toContain('Read more like this');
  });

  it('carries BlogPosting JSON-LD that marks a gated post as not free', async () => {
    const jsonLd = (body: string) =>
      JSON.parse(
        /<script type="application\/ld\+json">(.*?)<\/script>/.exec(body)?.[1] ?? 'null',
      ) as Record<string, unknown> | null;
    const gated = jsonLd((await request(`/blog/${gatedPost.slug}`)).body);
    expect(gated).toMatchObject({
      '@type': 'BlogPosting',
      isAccessibleForFree: false,
      headline: gatedPost.title,
    });
    const open = jsonLd((await request('/blog/static-first-publishing')).body);
    expect(open).toMatchObject({ '@type': 'BlogPosting', isAccessibleForFree: true });
  });

  it('shows the preview above the marker, and every offer brings the reader back to this address', async () => {
    const reply = await request(`/blog/${gatedPost.slug}`);
    const firstPreviewWords = gatedPost.openPart.trim().split(/\s+/).slice(0, 6).join(' ');
    expect(reply.body.replace(/&#x27;/g, "'")).toContain(firstPreviewWords);
    expect(reply.body).toContain(`href="/sign-in?redirect_url=%2Fblog%2F${gatedPost.slug}"`);
    expect(reply.body).not.toContain('/dashboard/posts/');
  });
});
