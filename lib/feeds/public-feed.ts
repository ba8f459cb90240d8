import 'server-only';

import { getPublishedPosts } from '@/lib/content/posts';
import { withPublicHtml } from '@/lib/content/public-text';

import { FEED_LIMIT, type FeedEntry, feedEntries } from './entries';

/**
 * The public feeds' entries: the newest published posts, whose text is read for those alone, so
 * that a feed costs the same with ten posts or ten thousand.
 */
export function publicFeedEntries(now: Date = new Date()): FeedEntry[] {
  return feedEntries(withPublicHtml(getPublishedPosts(now).slice(0, FEED_LIMIT)));
}
