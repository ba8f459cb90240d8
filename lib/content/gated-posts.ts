import gatedPosts from '@/.content/gated.json';

import { isPublished } from './schedule';
import type { GatedPostEntry } from './types';

/**
 * The gated posts, published and scheduled, by slug: their access level and date, no text. The
 * proxy imports this, not the public index, to decide a signed-in reader's rendering of
 * `/blog/<slug>` at the cost of a map lookup, however large the archive.
 */
const bySlug = new Map(gatedPosts.map((post) => [post.slug, post]));

/** The published gated post at this slug, or undefined for a public, unknown, draft or scheduled one. */
export function publishedGatedPost(
  slug: string,
  now: Date = new Date(),
): GatedPostEntry | undefined {
  const post = bySlug.get(slug);
  return post && isPublished({ ...post, draft: false }, now) ? post : undefined;
}

/**
 * The newest `count` gated posts that are or will be published: those whose readings `next build`
 * renders ahead. The others' readings are rendered on their first reader's request and kept; only
 * the proxy's rewrite reaches them (lib/auth/proxy/readings/lock.ts), so no other address can make one.
 */
export function newestGatedPostSlugs(count: number): string[] {
  return [...bySlug.values()]
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, count)
    .map((post) => post.slug);
}
