import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { linkProblem, type LinkTargets } from '@/lib/content/links';

/** 45 posts to publish on performance (three pages of 20), 3 on memberships; 41 by Ada, none by Tomás. */
const targets: LinkTargets = {
  posts: new Map([['a-post', new Set<string>()]]),
  tags: new Map([
    ['performance', 45],
    ['memberships', 3],
  ]),
  authors: new Map([
    ['ada-lindqvist', 41],
    ['tomas-okafor', 0],
  ]),
  published: 45,
  publicDir: path.resolve('public'),
};

const problemWith = (url: string) => {
  const problem = linkProblem(url, 'a-post', targets);
  return problem && `${problem.message}; ${problem.fix}`;
};

describe("links to the later pages of a tag's or an author's posts", () => {
  it.each([
    '/tags/performance/page/2',
    '/tags/performance/page/3',
    '/authors/ada-lindqvist/page/2',
    '/authors/ada-lindqvist/page/3',
    '/blog/page/9',
  ])('accept %s, a page that exists', (url) => {
    expect(problemWith(url)).toBeNull();
  });

  it.each([
    [
      '/tags/performance/page/4',
      'link to a page of the tag performance that does not exist: /tags/performance/page/4; its pages are /tags/performance and /tags/performance/page/2 to /tags/performance/page/3',
    ],
    [
      '/tags/performance/page/1',
      'link to a page of the tag performance that does not exist: /tags/performance/page/1; its pages are /tags/performance and /tags/performance/page/2 to /tags/performance/page/3',
    ],
    [
      '/tags/memberships/page/2',
      'link to a page of the tag memberships that does not exist: /tags/memberships/page/2; it has one page: link to /tags/memberships',
    ],
    [
      '/tags/performance/page/02',
      'link to a page of the tag performance that does not exist: /tags/performance/page/02; its pages are /tags/performance and /tags/performance/page/2 to /tags/performance/page/3',
    ],
    [
      '/tags/secret-plans/page/2',
      'link to a tag no published post has: /tags/secret-plans/page/2; use one of /tags/performance, /tags/memberships',
    ],
    [
      '/authors/ada-lindqvist/page/4',
      'link to a page of the author ada-lindqvist that does not exist: /authors/ada-lindqvist/page/4; its pages are /authors/ada-lindqvist and /authors/ada-lindqvist/page/2 to /authors/ada-lindqvist/page/3',
    ],
    [
      '/authors/tomas-okafor/page/2',
      'link to a page of the author tomas-okafor that does not exist: /authors/tomas-okafor/page/2; it has one page: link to /authors/tomas-okafor',
    ],
    [
      '/authors/nobody/page/2',
      'link to an author page that does not exist: /authors/nobody/page/2; use one of /authors/ada-lindqvist, /authors/tomas-okafor',
    ],
  ])('refuse %s', (url, expected) => {
    expect(problemWith(url)).toBe(expected);
  });

  it('refuse what is neither a list nor one of its pages', () => {
    for (const url of [
      '/tags/performance/page',
      '/tags/performance/page/2/3',
      '/authors/ada-lindqvist/posts',
    ])
      expect(problemWith(url), url).toMatch(/^link to a page this site does not have/);
  });
});
