import 'server-only';

import publicPosts from '@/.content/public.json';

import { type Neighbours, neighboursOf } from './neighbours';
import { isPublished, publishedAmong } from './schedule';
import type { PublicPost } from './types';

/** Newest first (the content build sorts them), so that a lookup by slug also knows its neighbours. */
const posts = publicPosts;
const positions = new Map(posts.map((post, index) => [post.slug, index]));

/**
 * Published posts, newest first. Drafts never reach this set at all (the content build keeps
 * them out of the public index); a post dated in the future stays out until its date.
 */
export function getPublishedPosts(now: Date = new Date()): PublicPost[] {
  return publishedAmong(posts, now);
}

/** One published post by slug: a map lookup, since every post page, share image and reading asks. */
export function getPublishedPost(slug: string, now: Date = new Date()): PublicPost | undefined {
  const index = positions.get(slug);
  const post = index === undefined ? undefined : posts[index];
  return post && isPublished(post, now) ? post : undefined;
}

/**
 * The published posts just before and after a published one, from the three entries around it
 * rather than the whole archive (the index is newest first).
 */
export function publishedNeighbours(slug: string, now: Date = new Date()): Neighbours<PublicPost> {
  const index = positions.get(slug);
  if (index === undefined) return { previous: null, next: null };
  return neighboursOf(publishedAmong(posts.slice(Math.max(0, index - 1), index + 2), now), slug);
}

export function getGatedPosts(now: Date = new Date()): PublicPost[] {
  return getPublishedPosts(now).filter((post) => post.access !== 'public');
}

/**
 * Every post that is or will be published, newest first: the addresses `next build` renders
 * (`generateStaticParams` with `dynamicParams = false`), so that any other address is a 404
 * that Next.js neither renders nor keeps. A scheduled post's page is a 404 until its date, then
 * regenerated (`revalidate`).
 */
export function getPublishedAndScheduledPosts(): PublicPost[] {
  return posts;
}
