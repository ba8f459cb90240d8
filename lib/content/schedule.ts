import type { PostMeta } from './types';

/**
 * A post is published once it is not a draft and its date has come. "Now" is always passed in,
 * so that pages ask at request time and tests can move the clock.
 */
export function isPublished(post: Pick<PostMeta, 'draft' | 'date'>, now: Date): boolean {
  return !post.draft && Date.parse(post.date) <= now.getTime();
}

/** The posts of `posts` that are published at `now`, in their given order. */
export function publishedAmong<T extends PostMeta>(posts: readonly T[], now: Date): T[] {
  return posts.filter((post) => isPublished(post, now));
}
