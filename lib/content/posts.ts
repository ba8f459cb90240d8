import 'server-only';

import publicPosts from '@/.content/public.json';

import { publishedAmong } from './schedule';
import type { PublicPost } from './types';

const posts = publicPosts;

/**
 * Published posts, newest first. Drafts never reach this set at all (the content build keeps
 * them out of the public index); a post dated in the future stays out until its date.
 */
export function getPublishedPosts(now: Date = new Date()): PublicPost[] {
  return publishedAmong(posts, now);
}

export function getPublishedPost(slug: string, now: Date = new Date()): PublicPost | undefined {
  return getPublishedPosts(now).find((post) => post.slug === slug);
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
