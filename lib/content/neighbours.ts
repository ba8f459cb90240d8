import type { PostMeta } from './types';

export interface Neighbours<T> {
  /** The post published just before this one. */
  previous: T | null;
  /** The post published just after this one. */
  next: T | null;
}

/** Neighbours in a newest-first list, as the previous/next links of a post page. */
export function neighboursOf<T extends PostMeta>(
  postsNewestFirst: T[],
  slug: string,
): Neighbours<T> {
  const index = postsNewestFirst.findIndex((post) => post.slug === slug);
  if (index === -1) return { previous: null, next: null };
  return {
    previous: postsNewestFirst[index + 1] ?? null,
    next: postsNewestFirst[index - 1] ?? null,
  };
}
