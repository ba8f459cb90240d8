import { listPage, type ListPage, listPageNumbers } from './pagination';
import type { PostMeta } from './types';

export interface TagCount {
  tag: string;
  count: number;
}

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

/** One page of a tag's posts (in the order given: newest first), or null when the tag has no such page (a 404). */
export function tagPage<T extends PostMeta>(
  posts: T[],
  tag: string,
  page: number,
): ListPage<T> | null {
  const tagged = postsWithTag(posts, tag);
  return tagged.length === 0 ? null : listPage(tagged, page);
}

/** Every page of every tag of these posts, page 1 included. */
export function tagPageNumbers(posts: PostMeta[]): { tag: string; page: number }[] {
  return tagCounts(posts).flatMap(({ tag, count }) =>
    listPageNumbers(count).map((page) => ({ tag, page })),
  );
}

/** Tags are lower-case slugs already (the content check enforces it); this is how they read on a page. */
export function tagLabel(tag: string): string {
  return tag.replace(/-/g, ' ');
}
