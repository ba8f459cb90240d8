import 'server-only';

import { authorsWithPosts, postsBy } from '@/lib/content/authors';
import { listPageNumbers, pageCount, pageHref } from '@/lib/content/pagination';
import { tagPageNumbers } from '@/lib/content/tags';
import type { PostMeta } from '@/lib/content/types';
import { GIFT_PREFIX } from '@/lib/auth/gift/paths';
import {
  authorHref,
  BLOG_PATH,
  DASHBOARD_PATH,
  PRICING_PATH,
  PRIVATE_API_PATH,
  postHref,
  SEARCH_PATH,
  SETTINGS_PATH,
  SIGN_IN_PATH,
  SIGN_UP_PATH,
  tagHref,
  TAGS_PATH,
} from '@/lib/paths';
import { absoluteUrl } from '@/lib/site-url';

/** When the newest of these posts (newest first) last changed. */
function newestOf(posts: PostMeta[]): string | undefined {
  return posts[0] ? (posts[0].updated ?? posts[0].date) : undefined;
}

export interface SitemapEntry {
  url: string;
  lastModified?: string;
}

/**
 * Every public page a reader can reach: the post pages (gated ones too: their public page is the
 * preview and the offer), the index pages, the tag pages (each page of a tag's list, as each of the
 * blog index) and the authors' pages (each page of an author's list, for an author with a post).
 * The member area is never listed.
 */
export function sitemapEntries(posts: PostMeta[]): SitemapEntry[] {
  const newest = newestOf(posts);
  const at = (path: string, lastModified = newest): SitemapEntry => ({
    url: absoluteUrl(path),
    ...(lastModified ? { lastModified } : {}),
  });
  const blogPages = Array.from({ length: pageCount(posts.length) }, (_, i) =>
    at(pageHref(BLOG_PATH, i + 1)),
  );
  const tagPages = tagPageNumbers(posts).map(({ tag, page }) => at(pageHref(tagHref(tag), page)));
  const authorPages = authorsWithPosts(posts).flatMap((author) => {
    const theirs = postsBy(posts, author.id);
    return listPageNumbers(theirs.length).map((page) =>
      at(pageHref(authorHref(author.id), page), newestOf(theirs)),
    );
  });
  return [
    at('/'),
    ...blogPages,
    at(TAGS_PATH),
    ...tagPages,
    ...authorPages,
    at(PRICING_PATH, undefined),
    at(SEARCH_PATH, undefined),
    ...posts.map((post) => at(postHref(post.slug), post.updated ?? post.date)),
  ];
}

/** Paths crawlers should not visit: the member area, the private API, the sign-in flows and gift links. */
export const DISALLOWED_PATHS = [
  DASHBOARD_PATH,
  SETTINGS_PATH,
  PRIVATE_API_PATH,
  SIGN_IN_PATH,
  SIGN_UP_PATH,
  `${GIFT_PREFIX}/`,
] as const;
