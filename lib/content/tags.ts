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

/** Tags are lower-case slugs already (the content check enforces it); this is how they read on a page. */
export function tagLabel(tag: string): string {
  return tag.replace(/-/g, ' ');
}
