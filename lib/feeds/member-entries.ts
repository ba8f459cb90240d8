import 'server-only';

import type { Viewer } from '@/lib/auth/policy';
import { readPost } from '@/lib/auth/readable-posts';
import type { PublicPost } from '@/lib/content/types';
import { postHref } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site-url';

import { entryOf, FEED_LIMIT, type FeedEntry } from './entries';

/**
 * A member's own full-text feed: the newest published posts this viewer may read in full (as many
 * as a public feed carries), through the same rule as every page, linked to where the viewer reads
 * it (a gated post in the member area). It stops at the newest ones, so that a fetch reads a feed's
 * worth of text however large the archive. Its own module: it reads the gated text, which the
 * public feeds' code must never bundle.
 */
export function memberFeedEntries(posts: PublicPost[], viewer: Viewer): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const post of posts) {
    if (entries.length === FEED_LIMIT) break;
    const reading = readPost(post.slug, viewer);
    if (reading.kind !== 'full') continue;
    entries.push(entryOf(post, absoluteUrl(postHref(post.slug)), reading.html, false));
  }
  return entries;
}
