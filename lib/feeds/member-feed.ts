import 'server-only';

import type { Viewer } from '@/lib/auth/policy';
import { site } from '@/lib/config';
import { getPublishedPosts } from '@/lib/content/posts';
import { PRIVATE_HEADERS } from '@/lib/auth/proxy/responses';
import { SECRET_URL_HEADERS } from '@/lib/security/secret-url-headers';

import { memberFeedEntries } from './member-entries';
import { renderRss } from './rss';

/**
 * A member's full-text feed as served: built at each fetch from what the member may read now, so
 * a lapsed plan drops its premium items at the next fetch. Never stored, never indexed, and a
 * feed URL's key is not sent on as a referrer by anything that renders it (the proxy sets the
 * same headers on every answer at a feed URL, refusals included).
 */
export function memberFeedResponse(viewer: Viewer, selfPath: string): Response {
  const xml = renderRss({
    selfPath,
    title: `${site.name} (full text for members)`,
    items: memberFeedEntries(getPublishedPosts(), viewer),
  });
  return new Response(xml, {
    headers: {
      ...PRIVATE_HEADERS,
      ...SECRET_URL_HEADERS,
      'Content-Type': 'application/rss+xml; charset=utf-8',
    },
  });
}
