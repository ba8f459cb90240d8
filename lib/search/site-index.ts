import 'server-only';

import { getPublishedPosts } from '@/lib/content/posts';
import { withPublicHtml } from '@/lib/content/public-text';

import { buildSearchIndex, type SearchIndex } from './build';
import { searchEntries } from './entries';

let built: { key: string; index: SearchIndex } | undefined;

/**
 * The search index of the posts published now. Every file of the index is its own route; they share
 * one build until the set of published posts changes (a scheduled post coming due).
 */
export function currentSearchIndex(now: Date = new Date()): SearchIndex {
  const posts = getPublishedPosts(now);
  const key = posts.map((post) => post.slug).join('\n');
  if (built?.key !== key)
    built = { key, index: buildSearchIndex(searchEntries(withPublicHtml(posts))) };
  return built.index;
}
