import { apiViewer } from '@/lib/access/api';
import { readPost } from '@/lib/access/posts';
import { site } from '@/lib/config';
import { getPublishedPosts } from '@/lib/content/posts';
import { renderRss } from '@/lib/feed/private-rss';
import { PRIVATE_HEADERS } from '@/lib/gate/responses';
import { absoluteUrl } from '@/lib/site-url';

/**
 * A member's own full-text feed, for a feed reader that sends the member's session or API key:
 * every published post this caller may read in full, through the same rule as every page.
 */
export async function GET() {
  const viewer = await apiViewer();
  if (viewer instanceof Response) return viewer;
  const items = getPublishedPosts().flatMap((post) => {
    const reading = readPost(post.slug, viewer);
    if (reading.kind !== 'full') return [];
    const path = post.access === 'public' ? `/blog/${post.slug}` : `/dashboard/posts/${post.slug}`;
    return [{ title: post.title, url: absoluteUrl(path), date: post.date, summary: post.summary, html: reading.html, categories: post.tags }];
  });
  const xml = renderRss({
    title: `${site.name} (full text for members)`,
    url: absoluteUrl('/'),
    selfUrl: absoluteUrl('/api/private/feed.xml'),
    description: site.description,
    items,
  });
  return new Response(xml, { headers: { ...PRIVATE_HEADERS, 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
