import type { PostMeta } from './types';

/** The featured posts in the order the slugs name them; a slug not (yet) published is skipped. */
export function featuredPosts<T extends PostMeta>(posts: T[], slugs: readonly string[]): T[] {
  return slugs.flatMap((slug) => posts.find((post) => post.slug === slug) ?? []);
}
