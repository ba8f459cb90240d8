import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { AuthorIndex } from '@/components/post/author-index';
import { TagIndex } from '@/components/post/tag-index';
import { authorPage } from '@/lib/content/authors';
import { AUTHORS } from '@/lib/config';
import { tagPage } from '@/lib/content/tags';

import { fixturePost } from '../support/post-fixtures';

/** 45 posts by Ada on performance, newest first: three pages of a list. */
const archive = Array.from({ length: 45 }, (_, i) =>
  fixturePost({
    slug: `archived-${i}`,
    date: new Date(Date.UTC(2026, 0, 1) - i * 86_400_000).toISOString(),
    tags: ['performance'],
  }),
);
const ada = AUTHORS[0];

/** The page's HTML as a reader's browser reads its text: without React's separators between text parts. */
function authorPageHtml(page: number): string {
  return renderToStaticMarkup(
    createElement(AuthorIndex, { author: ada, page: authorPage(archive, ada.id, page)! }),
  ).replaceAll('<!-- -->', '');
}

const link = (rel: string, href: string) =>
  new RegExp(`<a (?=[^>]*href="${href}")(?=[^>]*rel="${rel}")[^>]*>`);

describe("the pages of an author's posts", () => {
  it('link a middle page to the newer page (page 1 at the author page itself) and the older one', () => {
    const html = authorPageHtml(2);
    expect(html).toMatch(link('prev', `/authors/${ada.id}`));
    expect(html).toMatch(link('next', `/authors/${ada.id}/page/3`));
    expect(html).toContain('<span aria-current="page">Page 2 of 3</span>');
    expect(html).toContain('<span class="sr-only">, page 2</span>');
    expect(html).toContain('>45 posts</p>');
    expect(html).toContain('href="/blog/archived-20"');
    expect(html).not.toContain('href="/blog/archived-19"');
  });

  it('link the first page to the older one only, and the last to the newer one only', () => {
    const first = authorPageHtml(1);
    expect(first).not.toContain('rel="prev"');
    expect(first).toMatch(link('next', `/authors/${ada.id}/page/2`));
    expect(first).not.toContain('sr-only');
    const last = authorPageHtml(3);
    expect(last).toMatch(link('prev', `/authors/${ada.id}/page/2`));
    expect(last).not.toContain('rel="next"');
  });

  it('say so when the author has no post yet, with no page navigation', () => {
    const html = renderToStaticMarkup(
      createElement(AuthorIndex, { author: ada, page: authorPage([], ada.id, 1)! }),
    );
    expect(html).toContain('No published posts yet.');
    expect(html).not.toContain('aria-label="Pagination"');
  });

  it("share the tag pages' navigation, below each list's own address", () => {
    const html = renderToStaticMarkup(
      createElement(TagIndex, { tag: 'performance', page: tagPage(archive, 'performance', 2)! }),
    );
    expect(html).toMatch(link('prev', '/tags/performance'));
    expect(html).toMatch(link('next', '/tags/performance/page/3'));
  });
});
