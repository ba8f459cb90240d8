import { type Page, pageCount, paginate } from './pagination';
import type { PostMeta } from './types';

export interface TagCount {
  tag: string;
  count: number;
}

/**
 * Posts per tag page: four times the blog index's five, because every page of every tag is
 * rendered at build time and a post has two tags or so. At 10,000 posts and six topics that is
 * about 1,000 tag pages rather than 4,000, each of them a list of 20, which is also what the feeds
 * hold (the newest 20).
 */
export const TAG_PAGE_SIZE = 20;

/** Every tag of these posts with how many posts carry it, most used first, then by name. */
export function tagCounts(posts: PostMeta[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const post of posts)
    for (const tag of post.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

export function postsWithTag<T extends PostMeta>(posts: T[], tag: string): T[] {
  return posts.filter((post) => post.tags.includes(tag));
}

export interface TagPage<T> extends Page<T> {
  /** How many posts carry the tag, on all of its pages. */
  total: number;
}

/** One page of a tag's posts (in the order given: newest first), or null when the tag has no such page (a 404). */
export function tagPage<T extends PostMeta>(
  posts: T[],
  tag: string,
  page: number,
): TagPage<T> | null {
  const tagged = postsWithTag(posts, tag);
  if (tagged.length === 0) return null;
  const paged = paginate(tagged, page, TAG_PAGE_SIZE);
  return paged && { ...paged, total: tagged.length };
}

/** Every page of every tag of these posts, page 1 included. */
export function tagPageNumbers(posts: PostMeta[]): { tag: string; page: number }[] {
  return tagCounts(posts).flatMap(({ tag, count }) =>
    Array.from({ length: pageCount(count, TAG_PAGE_SIZE) }, (_, i) => ({ tag, page: i + 1 })),
  );
}

/** Tags are lower-case slugs already (the content check enforces it); this is how they read on a page. */
export function tagLabel(tag: string): string {
  return tag.replace(/-/g, ' ');
}
