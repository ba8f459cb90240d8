import { describe, expect, it } from 'vitest';

import { readPostSources, secretSentences } from '../support/gated-text';
import { as, type Identity, request } from '../support/http';
import { required } from '../support/required';

const secrets = secretSentences();
const gatedPosts = readPostSources().filter((post) => post.access !== 'public' && !post.draft && post.date <= new Date());
const draft = readPostSources().find((post) => post.draft)!;
const gatedPost = required(gatedPosts[0], 'a published gated post');

/** A gated post's secret sentences, at least one: with none, the checks below could not fail. */
function secretsOf(slug: string): [string, ...string[]] {
  const [first, ...rest] = [...secrets.entries()].filter(([, s]) => s === slug).map(([sentence]) => sentence);
  return [required(first, `a secret sentence of ${slug}`), ...rest];
}

type Expectation = { status: number; fullText: boolean; shows?: RegExp };

/**
 * The promise, whole: for each kind of gated post, what each viewer gets on each route.
 * `fullText` says whether the sentences below the marker are in the body.
 */
const table: Record<'members' | 'premium', Record<string, Record<Identity & string, Expectation>>> = {
  members: {
    '/blog/<slug>': {
      anonymous: { status: 200, fullText: false, shows: /Sign up to keep reading/ },
      member: { status: 200, fullText: false },
      subscriber: { status: 200, fullText: false },
      editor: { status: 200, fullText: false },
    } as Record<Identity, Expectation>,
    '/dashboard/posts/<slug>': {
      anonymous: { status: 307, fullText: false },
      member: { status: 200, fullText: true },
      subscriber: { status: 200, fullText: true },
      editor: { status: 200, fullText: true },
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
      member: { status: 200, fullText: false },
      subscriber: { status: 200, fullText: false },
      editor: { status: 200, fullText: false },
    } as Record<Identity, Expectation>,
    '/dashboard/posts/<slug>': {
      anonymous: { status: 307, fullText: false },
      member: { status: 200, fullText: false, shows: /Upgrade to premium/ },
      subscriber: { status: 200, fullText: true },
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

describe('gated posts, for every viewer and route', () => {
  it('covers a members post and a premium post', () => {
    expect(new Set(gatedPosts.map((p) => p.access))).toEqual(new Set(['members', 'premium']));
  });

  it.each(cases)('$access post $slug: $identity on $path -> $expected.status, full text: $expected.fullText', async ({ slug, path, identity, expected }) => {
    const reply = await request(path, { headers: await as(identity, { accept: 'text/html' }) });
    expect(reply.status).toBe(expected.status);
    const sentences = secretsOf(slug);
    expect(sentences.length).toBeGreaterThan(2);
    const present = sentences.filter((s) =>
      reply.body
        .replace(/<!-- -->/g, '')
        .replace(/&#x27;/g, "'")
        .includes(s),
    );
    if (expected.fullText) expect(present.length).toBeGreaterThan(sentences.length / 2);
    else expect(present).toEqual([]);
    if (expected.shows) expect(reply.body).toMatch(expected.shows);
  });
});

describe('the private posts API', () => {
  it('lists the gated posts with what this caller may open', async () => {
    const reply = await request('/api/private/posts', { headers: await as('member') });
    expect(reply.status).toBe(200);
    const { posts } = JSON.parse(reply.body) as { posts: { slug: string; access: string; canRead: boolean }[] };
    expect(posts.map((p) => p.slug).sort()).toEqual(gatedPosts.map((p) => p.slug).sort());
    for (const post of posts) expect(post.canRead).toBe(post.access === 'members');
    expect(reply.body).not.toContain(draft.slug);
  });

  it('answers the full text as HTML with title, date and access', async () => {
    const premium = gatedPosts.find((p) => p.access === 'premium')!;
    const reply = await request(`/api/private/posts/${premium.slug}`, { headers: await as('subscriber') });
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
    const reply = await request(`/api/private/posts/${premium.slug}`, { headers: await as('member') });
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'forbidden' });
    expect(reply.headers.get('cache-control')).toBe('private, no-store');
  });

  it('keeps a draft out of the member area too', async () => {
    expect((await request(`/dashboard/posts/${draft.slug}`, { headers: await as('subscriber') })).status).toBe(404);
  });
});

describe('what the public page of a gated post says', () => {
  it('carries BlogPosting JSON-LD that marks a gated post as not free', async () => {
    const jsonLd = (body: string) =>
      JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(body)?.[1] ?? 'null') as Record<string, unknown> | null;
    const gated = jsonLd((await request(`/blog/${gatedPost.slug}`)).body);
    expect(gated).toMatchObject({ '@type': 'BlogPosting', isAccessibleForFree: false, headline: gatedPost.title });
    const open = jsonLd((await request('/blog/static-first-publishing')).body);
    expect(open).toMatchObject({ '@type': 'BlogPosting', isAccessibleForFree: true });
  });

  it('shows the preview above the marker and links members to the full text', async () => {
    const reply = await request(`/blog/${gatedPost.slug}`);
    const firstPreviewWords = gatedPost.openPart.trim().split(/\s+/).slice(0, 6).join(' ');
    expect(reply.body.replace(/&#x27;/g, "'")).toContain(firstPreviewWords);
    expect(reply.body).toContain(`href="/dashboard/posts/${gatedPost.slug}"`);
  });
});
