import { getPublishedPosts } from '@/lib/content/posts';
import { feedEntries } from '@/lib/feeds/entries';
import { renderRss } from '@/lib/feeds/rss';

// Seconds: a scheduled post appears this long after its date at the latest, without a rebuild.
export const revalidate = 60;

export function GET() {
  return new Response(renderRss(feedEntries(getPublishedPosts())), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  });
}
