import 'server-only';

import publicPosts from '@/.content/public.json';

import type { PublicPost } from './types';

const posts = publicPosts as PublicPost[];

/**
 * A post is published once it is not a draft and its date has come; drafts never reach this
 * set at all (the content build keeps them out of the public index).
 */
export function isPublished(post: PublicPost, now: Date = new Date()): boolean {
  return !post.draft && Date.parse(post.date) <= now.getTime();
}

/** Published posts, newest first. */
export function getPublishedPosts(now: Date = new Date()): PublicPost[] {
  return posts.filter((post) => isPublished(post, now));
}

export function getPublishedPost(slug: string, now: Date = new Date()): PublicPost | undefined {
  return getPublishedPosts(now).find((post) => post.slug === slug);
}

export function getGatedPosts(now: Date = new Date()): PublicPost[] {
  return getPublishedPosts(now).filter((post) => post.access !== 'public');
}
