import type { PostWithPublicHtml } from '@/lib/content/types';

import { postMeta } from './post-meta';

/**
 * A public-index post with its public text as plain HTML (what feeds and search are made of) for
 * unit tests; gated ones carry their preview as public text, like the content build makes them.
 */
export function fixturePost(
  overrides: Partial<PostWithPublicHtml> & Pick<PostWithPublicHtml, 'slug'>,
): PostWithPublicHtml {
  const { slug } = overrides;
  return {
    ...postMeta(slug, {
      title: `Title of ${slug}`,
      date: '2026-01-01T00:00:00.000Z',
      summary: `Summary of ${slug}.`,
      authors: ['ada-lindqvist'],
      readingMinutes: 3,
    }),
    textVersion: `version-of-${slug}`,
    publicHtml: `<p>Full text of ${slug}.</p>`,
    ...overrides,
  };
}

/** Newest first, as lib/content/posts hands them out: two public, a members-only and a premium post. */
export const fixturePosts: PostWithPublicHtml[] = [
  fixturePost({
    slug: 'premium-post',
    date: '2026-04-01T00:00:00.000Z',
    access: 'premium',
    tags: ['memberships'],
    publicHtml: '<p>Premium preview paragraph.</p>',
  }),
  fixturePost({
    slug: 'members-post',
    date: '2026-03-01T00:00:00.000Z',
    access: 'members',
    tags: ['memberships', 'performance'],
    publicHtml: '<p>Members preview paragraph.</p>',
  }),
  fixturePost({
    slug: 'public-two',
    date: '2026-02-01T00:00:00.000Z',
    tags: ['performance'],
    publicHtml:
      '<h2 id="x">Heading<a class="heading-anchor" href="#x">#</a></h2><p>Caching &amp; CDNs explained.</p>',
  }),
  fixturePost({
    slug: 'public-one',
    date: '2026-01-01T00:00:00.000Z',
    tags: ['performance', 'static-sites'],
    updated: '2026-05-01T00:00:00.000Z',
  }),
];
