import { describe, expect, it } from 'vitest';

import { hasSignedInCookie } from '@/lib/auth/session/client-uat';
import { featuredPosts } from '@/lib/content/featured';
import { neighboursOf } from '@/lib/content/neighbours';
import { authorPage, authorPageNumbers } from '@/lib/content/authors';
import {
  LIST_PAGE_SIZE,
  listPage,
  listPageNumbers,
  pageCount,
  pageHref,
  paginate,
  parsePageParam,
} from '@/lib/content/pagination';
import { postsWithTag, tagCounts, tagPage, tagPageNumbers } from '@/lib/content/tags';
import { tableOfContents } from '@/lib/content/toc';
import { DISALLOWED_PATHS, sitemapEntries } from '@/lib/seo/sitemap';

import { fixturePost, fixturePosts } from '../support/post-fixtures';

const many = Array.from({ length: 12 }, (_, i) => fixturePost({ slug: `post-${i}` }));

/** 45 posts on performance, newest first, every third also on memberships and by Tomás. */
const archive = Array.from({ length: 45 }, (_, i) =>
  fixturePost({
    slug: `archived-${i}`,
    date: new Date(Date.UTC(2026, 0, 1) - i * 86_400_000).toISOString(),
    tags: i % 3 === 0 ? ['performance', 'memberships'] : ['performance'],
    authors: i % 3 === 0 ? ['ada-lindqvist', 'tomas-okafor'] : ['ada-lindqvist'],
  }),
);
const slugs = (page: { items: { slug: string }[] } | null) =>
  page?.items.map((post) => post.slug) ?? [];

describe('pagination', () => {
  it('splits posts into pages of five, the last one shorter', () => {
    expect(pageCount(12)).toBe(3);
    expect(paginate(many, 1)?.items.map((post) => post.slug)).toEqual([
      'post-0',
      'post-1',
      'post-2',
      'post-3',
      'post-4',
    ]);
    expect(paginate(many, 3)).toMatchObject({
      page: 3,
      totalPages: 3,
      items: [{ slug: 'post-10' }, { slug: 'post-11' }],
    });
  });

  it('has no page beyond the last, nor a page 0', () => {
    expect(paginate(many, 4)).toBeNull();
    expect(paginate(many, 0)).toBeNull();
  });

  it('still has a (empty) first page when there is nothing to list', () => {
    expect(paginate([], 1)).toEqual({ items: [], page: 1, totalPages: 1 });
  });

  it('accepts only canonical page numbers from the URL', () => {
    expect(parsePageParam('2')).toBe(2);
    for (const raw of ['02', '0', '-1', '2.0', 'two', '']) expect(parsePageParam(raw)).toBeNull();
  });

  it('puts page 1 at the index itself', () => {
    expect(pageHref('/blog', 1)).toBe('/blog');
    expect(pageHref('/blog', 2)).toBe('/blog/page/2');
  });

  it("pages a tag's or an author's list 20 a page, with the list's total on every page", () => {
    expect(LIST_PAGE_SIZE).toBe(20);
    expect(listPage(archive, 3)).toMatchObject({ page: 3, totalPages: 3, total: 45 });
    expect(slugs(listPage(archive, 3))).toEqual(archive.slice(40).map((post) => post.slug));
    expect(listPage(archive, 4)).toBeNull();
    expect(listPage([], 1)).toEqual({ items: [], page: 1, totalPages: 1, total: 0 });
    expect(listPageNumbers(45)).toEqual([1, 2, 3]);
    expect(listPageNumbers(40)).toEqual([1, 2]);
    expect(listPageNumbers(0)).toEqual([1]);
  });
});

describe('tags', () => {
  it('counts posts per tag, most used first', () => {
    expect(tagCounts(fixturePosts)).toEqual([
      { tag: 'performance', count: 3 },
      { tag: 'memberships', count: 2 },
      { tag: 'static-sites', count: 1 },
    ]);
  });

  it('lists the posts of a tag, newest first, gated ones included', () => {
    expect(postsWithTag(fixturePosts, 'performance').map((post) => post.slug)).toEqual([
      'members-post',
      'public-two',
      'public-one',
    ]);
    expect(postsWithTag(fixturePosts, 'unknown')).toEqual([]);
  });
});

describe('tag pages', () => {
  it("list the newest LIST_PAGE_SIZE posts of the tag first, with the tag's total", () => {
    const first = tagPage(archive, 'performance', 1);
    expect(first).toMatchObject({ page: 1, totalPages: 3, total: 45 });
    expect(slugs(first)).toEqual(archive.slice(0, 20).map((post) => post.slug));
  });

  it('go on with the next posts in date order, none twice, the last page shorter', () => {
    const pages = [1, 2, 3].map((n) => slugs(tagPage(archive, 'performance', n)));
    expect(pages.map((page) => page.length)).toEqual([20, 20, 5]);
    expect(pages.flat()).toEqual(archive.map((post) => post.slug));
    expect(tagPage(archive, 'performance', 3)).toMatchObject({ total: 45, totalPages: 3 });
  });

  it('have no page past the last, no page 0 and no page for a tag no post has', () => {
    expect(tagPage(archive, 'performance', 4)).toBeNull();
    expect(tagPage(archive, 'performance', 0)).toBeNull();
    expect(tagPage(archive, 'unknown', 1)).toBeNull();
  });

  it('count only the posts of their own tag', () => {
    const memberships = tagPage(archive, 'memberships', 1);
    expect(memberships).toMatchObject({ total: 15, totalPages: 1 });
    expect(slugs(memberships)).toEqual(
      archive.filter((_, i) => i % 3 === 0).map((post) => post.slug),
    );
  });

  it('are numbered for every tag, page 1 included', () => {
    expect(tagPageNumbers(archive)).toEqual([
      { tag: 'performance', page: 1 },
      { tag: 'performance', page: 2 },
      { tag: 'performance', page: 3 },
      { tag: 'memberships', page: 1 },
    ]);
  });
});

describe('author pages', () => {
  it("list the author's newest posts first, 20 a page, none twice, with the author's total", () => {
    const pages = [1, 2, 3].map((n) => authorPage(archive, 'ada-lindqvist', n));
    expect(pages.map((page) => page && [page.items.length, page.total, page.totalPages])).toEqual([
      [20, 45, 3],
      [20, 45, 3],
      [5, 45, 3],
    ]);
    expect(pages.flatMap(slugs)).toEqual(archive.map((post) => post.slug));
  });

  it('count only the posts that name the author', () => {
    const tomas = authorPage(archive, 'tomas-okafor', 1);
    expect(tomas).toMatchObject({ total: 15, totalPages: 1 });
    expect(slugs(tomas)).toEqual(archive.filter((_, i) => i % 3 === 0).map((post) => post.slug));
  });

  it('have no page past the last, no page 0, and none for an author not configured', () => {
    expect(authorPage(archive, 'ada-lindqvist', 4)).toBeNull();
    expect(authorPage(archive, 'ada-lindqvist', 0)).toBeNull();
    expect(authorPage(archive, 'generated-author', 1)).toBeNull();
  });

  it('have a first page, which lists nothing, for a configured author with no post yet', () => {
    expect(authorPage(many, 'tomas-okafor', 1)).toEqual({
      items: [],
      page: 1,
      totalPages: 1,
      total: 0,
    });
    expect(authorPage(many, 'tomas-okafor', 2)).toBeNull();
  });

  it('are numbered for every configured author, page 1 included', () => {
    expect(authorPageNumbers(archive)).toEqual([
      { id: 'ada-lindqvist', page: 1 },
      { id: 'ada-lindqvist', page: 2 },
      { id: 'ada-lindqvist', page: 3 },
      { id: 'tomas-okafor', page: 1 },
    ]);
  });
});

describe('previous and next', () => {
  it('links a post to the one published before and after it', () => {
    const { previous, next } = neighboursOf(fixturePosts, 'members-post');
    expect(previous?.slug).toBe('public-two');
    expect(next?.slug).toBe('premium-post');
  });

  it('has no next post for the newest and no previous for the oldest', () => {
    expect(neighboursOf(fixturePosts, 'premium-post').next).toBeNull();
    expect(neighboursOf(fixturePosts, 'public-one').previous).toBeNull();
  });
});

describe('featured posts', () => {
  it('follow the configured order and skip unpublished slugs', () => {
    expect(
      featuredPosts(fixturePosts, ['public-one', 'not-yet', 'premium-post']).map(
        (post) => post.slug,
      ),
    ).toEqual(['public-one', 'premium-post']);
  });
});

describe('table of contents', () => {
  it('lists h2 and h3 headings with the ids rehype-slug gives them', () => {
    const mdx =
      '# Top\n\nText.\n\n## Why `static` wins\n\n### Costs & benefits\n\n#### Deep\n\n## Top\n\n```sh\n# not a heading\n```\n';
    expect(tableOfContents(mdx)).toEqual([
      { depth: 2, id: 'why-static-wins', text: 'Why static wins' },
      { depth: 3, id: 'costs--benefits', text: 'Costs & benefits' },
      { depth: 2, id: 'top-1', text: 'Top' },
    ]);
  });
});

describe('the sitemap', () => {
  const urls = sitemapEntries(fixturePosts).map((entry) => new URL(entry.url).pathname);

  it('lists every published post, the index pages and the tag pages', () => {
    expect(urls).toEqual(
      expect.arrayContaining([
        '/',
        '/blog',
        '/tags',
        '/tags/performance',
        '/tags/memberships',
        '/pricing',
        '/search',
        '/blog/premium-post',
        '/blog/public-one',
      ]),
    );
    expect(
      urls.filter((path) => path.startsWith('/blog/') && !path.startsWith('/blog/page/')),
    ).toHaveLength(fixturePosts.length);
  });

  it('lists the page of each author who has a published post, dated by their newest', () => {
    const tomas = fixturePost({
      slug: 'by-tomas',
      date: '2026-03-15T00:00:00.000Z',
      authors: ['tomas-okafor'],
    });
    const entries = sitemapEntries([fixturePosts[0]!, tomas, ...fixturePosts.slice(1)]);
    const authors = entries.filter((entry) => new URL(entry.url).pathname.startsWith('/authors/'));
    expect(authors.map((entry) => [new URL(entry.url).pathname, entry.lastModified])).toEqual([
      ['/authors/ada-lindqvist', '2026-04-01T00:00:00.000Z'],
      ['/authors/tomas-okafor', '2026-03-15T00:00:00.000Z'],
    ]);
    expect(urls).not.toContain('/authors/tomas-okafor');
  });

  it('lists the later pages of the blog index', () => {
    const pages = sitemapEntries(many).map((entry) => new URL(entry.url).pathname);
    expect(pages).toEqual(expect.arrayContaining(['/blog', '/blog/page/2', '/blog/page/3']));
    expect(pages).not.toContain('/blog/page/4');
  });

  it('lists the later pages of each tag', () => {
    const pages = sitemapEntries(archive).map((entry) => new URL(entry.url).pathname);
    expect(pages).toEqual(
      expect.arrayContaining([
        '/tags/performance',
        '/tags/performance/page/2',
        '/tags/performance/page/3',
        '/tags/memberships',
      ]),
    );
    expect(pages).not.toContain('/tags/performance/page/4');
    expect(pages).not.toContain('/tags/performance/page/1');
    expect(pages).not.toContain('/tags/memberships/page/2');
  });

  it('lists the later pages of each author', () => {
    const entries = sitemapEntries(archive).filter((entry) =>
      new URL(entry.url).pathname.startsWith('/authors/'),
    );
    expect(entries.map((entry) => new URL(entry.url).pathname)).toEqual([
      '/authors/ada-lindqvist',
      '/authors/ada-lindqvist/page/2',
      '/authors/ada-lindqvist/page/3',
      '/authors/tomas-okafor',
    ]);
    expect(new Set(entries.map((entry) => entry.lastModified))).toEqual(
      new Set([archive[0]!.date]),
    );
  });

  it('never lists the member area', () => {
    for (const path of urls)
      for (const disallowed of DISALLOWED_PATHS) expect(path.startsWith(disallowed)).toBe(false);
  });

  it('dates a post by its last update', () => {
    expect(
      sitemapEntries(fixturePosts).find((entry) => entry.url.endsWith('/blog/public-one'))
        ?.lastModified,
    ).toBe('2026-05-01T00:00:00.000Z');
  });
});

describe('the signed-in hint', () => {
  it.each([
    ['__client_uat=1732000000', true],
    ['a=b; __client_uat_Xy1z=1732000000', true],
    ['__client_uat=0', false],
    ['__client_uat=0; __client_uat_Xy1z=0', false],
    ['my__client_uat=5', false],
    ['', false],
  ])('reads %j as signed in: %s', (cookie, expected) => {
    expect(hasSignedInCookie(cookie)).toBe(expected);
  });
});
