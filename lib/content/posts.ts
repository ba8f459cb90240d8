import 'server-only';

import publicPosts from '@/.content/public.json';
import { PRERENDERED_POSTS } from '@/lib/config';

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
 * The posts whose pages (and share images) `next build` renders ahead, newest first: the rest
 * render on their first request, so a build with thousands of posts stays short.
 */
export function getPrerenderedPosts(now: Date = new Date()): PublicPost[] {
  return getPublishedPosts(now).slice(0, PRERENDERED_POSTS);
}
