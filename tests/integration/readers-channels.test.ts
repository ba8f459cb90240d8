import { describe, expect, inject, it } from 'vitest';

import { searchChunkHref, searchShardHref } from '@/lib/paths';
import { shardFileName } from '@/lib/search/terms';
import type { PostChunk, SearchManifest, TermShard } from '@/lib/search/types';

import { addressesIn, relativeAddresses } from '../support/html-urls';
import { request } from '../support/http';

/** Sentences that stand only in the gated part of a post, or in a draft. */
const GATED = [
  'deleting a font file you did not need in the first place',
  'writing one sentence per tier describing the reader it serves',
  'decide what we publish in the next two weeks',
  'whenever the marker landed inside a list or a footnote definition',
  'almost every archive is a list of dates',
];
const PUBLIC_TEXT = 'Everything that can be rendered ahead of time is rendered ahead of time';
const PUBLISHED = [
  'metered-paywalls-on-static-sites',
  'pricing-a-membership-tier',
  'running-a-weekly-edit-meeting',
  'the-editorial-pipeline-as-code',
  'font-loading-without-flashes',
  'alt-text-is-editorial-work',
  'static-first-publishing',
  'measuring-what-readers-feel',
];

function expectNoGatedText(body: string) {
  for (const sentence of GATED) expect(body).not.toContain(sentence);
  expect(body).not.toContain('rethinking-the-newsletter-archive');
}

describe('the feeds', () => {
  it('serve RSS 2.0 with every published post, the full text of public ones and no gated text', async () => {
    const reply = await request('/feed.xml');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toContain('application/rss+xml');
    expect(reply.body).toContain('<rss version="2.0"');
    for (const slug of PUBLISHED)
      expect(reply.body).toContain(`<link>${inject('siteUrl')}/blog/${slug}</link>`);
    expect(reply.body).toContain(PUBLIC_TEXT);
    expectNoGatedText(reply.body);
  });

  it('describe the RSS channel and its authors as the private feed does', async () => {
    const { body } = await request('/feed.xml');
    expect(body).toContain('<language>en</language>');
    expect(body).toContain(`<atom:link href="${inject('siteUrl')}/feed.xml" rel="self"`);
    expect(body).toMatch(
      /<lastBuildDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT<\/lastBuildDate>/,
    );
    expect(body).toContain('<dc:creator>Ada Lindqvist</dc:creator>');
    expect(body).toContain('<dc:creator>Tomás Okafor</dc:creator>');
  });

  it('serve JSON Feed 1.1 with the summary and a link for a gated post', async () => {
    const reply = await request('/feed.json');
    expect(reply.status).toBe(200);
    const feed = JSON.parse(reply.body) as {
      version: string;
      items: { url: string; content_html: string }[];
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((item) => item.url)).toEqual(
      PUBLISHED.map((slug) => `${inject('siteUrl')}/blog/${slug}`),
    );
    const gated = feed.items.find((item) => item.url.endsWith('/metered-paywalls-on-static-sites'));
    expect(gated?.content_html).toContain('A static site and a paywall seem incompatible.');
    expect(gated?.content_html).toContain('Read this premium post on the site');
    expectNoGatedText(reply.body);
  });

  it('hold no relative address in any item, as served', async () => {
    const rss = (await request('/feed.xml')).body;
    const json = JSON.parse((await request('/feed.json')).body) as {
      items: { content_html: string }[];
    };
    const contents = [
      ...[...rss.matchAll(/<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/g)].map(
        ([, html = '']) => html,
      ),
      ...json.items.map((item) => item.content_html),
    ];
    expect(contents).toHaveLength(PUBLISHED.length * 2);
    expect(
      contents
        .flatMap((html) => addressesIn(html))
        .some(({ url }) => url.startsWith(`${inject('siteUrl')}/images/`)),
    ).toBe(true);
    for (const html of contents) expect(relativeAddresses(html)).toEqual([]);
  });
});

describe('the authors’ pages', () => {
  // As their frontmatter says; embargoes-and-scheduled-posts, also Tomás's, is not yet published.
  const byTomas = [
    'pricing-a-membership-tier',
    'the-editorial-pipeline-as-code',
    'font-loading-without-flashes',
    'static-first-publishing',
  ];

  it('are linked from a byline', async () => {
    const post = await request('/blog/static-first-publishing');
    expect(post.body).toMatch(/<a href="\/authors\/tomas-okafor"[^>]*>Tomás Okafor<\/a>/);
    const index = await request('/blog');
    expect(index.body).toMatch(/<a href="\/authors\/ada-lindqvist"[^>]*>Ada Lindqvist<\/a>/);
  });

  it('list the author’s published posts, newest first, and nothing gated or unreleased', async () => {
    const page = await request('/authors/tomas-okafor');
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<h1[^>]*>Tomás Okafor<\/h1>/);
    const listed = [...page.body.matchAll(/<a [^>]*href="\/blog\/([a-z0-9-]+)"/g)].map(
      ([, slug]) => slug,
    );
    expect(listed).toEqual(PUBLISHED.filter((slug) => byTomas.includes(slug)));
    expect(page.body).not.toContain('embargoes-and-scheduled-posts');
    expectNoGatedText(page.body);
  });

  it('exist for the configured authors only', async () => {
    expect((await request('/authors/ada-lindqvist')).status).toBe(200);
    expect((await request('/authors/nobody')).status).toBe(404);
    expect((await request('/sitemap.xml')).body).toContain(
      `<loc>${inject('siteUrl')}/authors/tomas-okafor</loc>`,
    );
  });

  it('show the author’s total and, while their posts fit on one page, no page navigation', async () => {
    const { body } = await request('/authors/tomas-okafor');
    expect(body).toContain(`>${byTomas.length} posts</p>`);
    expect(body).not.toContain('aria-label="Pagination"');
    expect(body).toContain(
      `<link rel="canonical" href="${inject('siteUrl')}/authors/tomas-okafor"/>`,
    );
    // Every author's posts fit on their first page: the sitemap names no later page.
    expect((await request('/sitemap.xml')).body).not.toMatch(/\/authors\/[^<]+\/page\//);
  });

  it.each([
    ['/authors/tomas-okafor/page/2', 404],
    ['/authors/tomas-okafor/page/02', 404],
    ['/authors/tomas-okafor/page/0', 404],
    ['/authors/nobody/page/1', 404],
    ['/authors/nobody/page/2', 404],
  ])(
    'answer %s with %i: a page past the last, or of no configured author',
    async (path, status) => {
      const reply = await request(path);
      expect(reply.status).toBe(status);
      expect(reply.body).not.toContain('Tomás Okafor</h1>');
    },
  );

  it('send the second address of page 1 to the author page itself', async () => {
    const reply = await request('/authors/tomas-okafor/page/1');
    expect(reply.status).toBe(308);
    expect(new URL(reply.headers.get('location') ?? '', inject('siteUrl')).pathname).toBe(
      '/authors/tomas-okafor',
    );
  });
});

describe('the search index', () => {
  it('names its shards and chunks in a manifest, and holds public fields only', async () => {
    const manifest = await request('/search.json');
    expect(manifest.status).toBe(200);
    const { posts, chunkSize, shards } = JSON.parse(manifest.body) as SearchManifest;
    expect(posts).toBe(PUBLISHED.length);
    const chunks = await Promise.all(
      Array.from({ length: Math.ceil(posts / chunkSize) }, (_, index) =>
        request(searchChunkHref(index)),
      ),
    );
    const listed = chunks.flatMap((chunk) => (JSON.parse(chunk.body) as PostChunk).posts);
    expect(listed.map((post) => post.slug)).toEqual([...PUBLISHED].reverse());
    for (const post of listed)
      expect(Object.keys(post).sort()).toEqual([
        'access',
        'authors',
        'date',
        'readingMinutes',
        'slug',
        'summary',
        'title',
      ]);
    const terms = await Promise.all(
      shards.map((key) => request(searchShardHref(shardFileName(key)))),
    );
    expect(terms.map((reply) => reply.status)).toEqual(shards.map(() => 200));
    const words = new Set(
      terms.flatMap((reply) => Object.keys((JSON.parse(reply.body) as TermShard).terms)),
    );
    for (const word of ['rendered', 'ahead', 'time']) expect(words).toContain(word);
    for (const reply of [manifest, ...chunks, ...terms]) expectNoGatedText(reply.body);
  });

  it('answers 404 for a shard or chunk it does not have', async () => {
    for (const path of [
      '/search/terms/zz9q.json',
      '/search/terms/_zz.json',
      '/search/terms/al',
      '/search/posts/99.json',
      '/search/posts/01.json',
    ])
      expect((await request(path)).status, path).toBe(404);
  });
});

describe('sitemap and robots', () => {
  it('list every public page and no member page', async () => {
    const reply = await request('/sitemap.xml');
    expect(reply.status).toBe(200);
    for (const slug of PUBLISHED)
      expect(reply.body).toContain(`${inject('siteUrl')}/blog/${slug}</loc>`);
    for (const path of ['/blog/page/2', '/tags', '/tags/performance', '/pricing'])
      expect(reply.body).toContain(`${inject('siteUrl')}${path}</loc>`);
    // Every tag's posts fit on its first page: no second address for it, no page that is a 404.
    expect(reply.body).not.toMatch(/\/tags\/[^<]+\/page\//);
    expect(reply.body).not.toContain('/dashboard');
    expectNoGatedText(reply.body);
  });

  it('keep crawlers out of the member area', async () => {
    const reply = await request('/robots.txt');
    expect(reply.body).toContain('Disallow: /dashboard');
    expect(reply.body).toContain('Disallow: /api/private');
    expect(reply.body).toContain(`Sitemap: ${inject('siteUrl')}/sitemap.xml`);
  });
});

describe('index pages', () => {
  it.each([
    ['/blog/page/2', 200],
    ['/blog/page/3', 404],
    ['/blog/page/02', 404],
    ['/blog/page/1', 308],
    ['/tags', 200],
    ['/tags/performance', 200],
    ['/tags/no-such-tag', 404],
    ['/tags/static-sites/page/1', 308],
    ['/tags/static-sites/page/2', 404],
    ['/tags/static-sites/page/02', 404],
    ['/tags/no-such-tag/page/2', 404],
    ['/search', 200],
  ])('%s answers %i', async (path, status) => {
    expect((await request(path)).status).toBe(status);
  });

  it('shows a post with its table of contents, tags, neighbours and canonical URL', async () => {
    const { body } = await request('/blog/static-first-publishing');
    expect(body).toContain('href="#the-build-pipeline"');
    expect(body).toContain('href="/tags/performance"');
    expect(body).toMatch(
      /<a (?=[^>]*rel="next")(?=[^>]*href="\/blog\/alt-text-is-editorial-work")/,
    );
    expect(body).toContain('<meta name="author" content="Tomás Okafor"/>');
    expect(body).toContain(
      `<link rel="canonical" href="${inject('siteUrl')}/blog/static-first-publishing"/>`,
    );
  });

  it('shows a gated post with its badge and offer, and no heading of its gated part', async () => {
    const { body } = await request('/blog/metered-paywalls-on-static-sites');
    expect(body).toContain('Premium');
    expect(body).toContain('The rest of this post is for subscribers');
    expect(body).not.toContain('split-the-article-at-build-time');
    expectNoGatedText(body);
  });
});

describe('tag pages', () => {
  /** The titles' links of a list of posts, in page order. */
  const listed = (body: string) =>
    [...body.matchAll(/<h2[^>]*><a href="\/blog\/([^"]+)"/g)].map((match) => match[1]);

  it("list a tag's published posts newest first with their count, on one page while they fit", async () => {
    const { status, body } = await request('/tags/static-sites');
    expect(status).toBe(200);
    // Not the scheduled post on embargoes, nor the draft on the newsletter archive.
    expect(listed(body)).toEqual([
      'metered-paywalls-on-static-sites',
      'the-editorial-pipeline-as-code',
      'static-first-publishing',
      'measuring-what-readers-feel',
    ]);
    expect(body).toContain('>4 posts</p>');
    expect(body).not.toContain('aria-label="Pagination"');
    expect(body).toContain(`<link rel="canonical" href="${inject('siteUrl')}/tags/static-sites"/>`);
    expectNoGatedText(body);
  });

  it('send the second address of page 1 to the tag page itself', async () => {
    const reply = await request('/tags/static-sites/page/1');
    expect(reply.status).toBe(308);
    expect(new URL(reply.headers.get('location') ?? '', inject('siteUrl')).pathname).toBe(
      '/tags/static-sites',
    );
  });
});

describe('share images', () => {
  it('are PNG files drawn for each post at build time and served from what Next keeps', async () => {
    const page = await request('/blog/static-first-publishing');
    const image = /<meta property="og:image" content="([^"]+)"/.exec(page.body)?.[1];
    expect(image).toBeDefined();
    const response = await fetch(image as string);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    // HIT, or STALE once REVALIDATE_SECONDS have passed since it was drawn: never drawn for the request.
    expect(['HIT', 'STALE']).toContain(response.headers.get('x-nextjs-cache'));
    expect(/<meta name="twitter:image" content="[^"]+"/.test(page.body)).toBe(true);
  });
});

describe('the pricing page', () => {
  it("loads Clerk's script and shows the plans as plain HTML until it has drawn its table", async () => {
    const { body } = await request('/pricing');
    expect(body).toContain('Create a free account');
    expect(body).toMatch(/clerk\.browser\.js/);
  });

  it('shows the plans on a site without Clerk keys', async () => {
    const { status, body } = await request('/pricing', { base: inject('noKeysUrl') });
    expect(status).toBe(200);
    expect(body).toContain('Create a free account');
    expect(body).not.toMatch(/clerk\.browser\.js/);
  });
});
