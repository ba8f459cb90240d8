import 'server-only';

import type { Viewer } from '@/lib/auth/policy';
import { readPost } from '@/lib/auth/readable-posts';
import type { PublicPost } from '@/lib/content/types';
import { postHref } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site-url';

import { entryOf, type FeedEntry } from './entries';

/**
 * A member's own full-text feed: every published post this viewer may read in full, through the
 * same rule as every page, linked to where the viewer reads it (a gated post in the member area).
 * Its own module: it reads the gated text, which the public feeds' code must never bundle.
 */
export function memberFeedEntries(posts: PublicPost[], viewer: Viewer): FeedEntry[] {
  return posts.flatMap((post) => {
    const reading = readPost(post.slug, viewer);
    if (reading.kind !== 'full') return [];
    const url = absoluteUrl(postHref(post.slug));
    return [entryOf(post, url, reading.html, false)];
  });
}
