import { getPublishedPosts } from '@/lib/content/posts';
import { feedEntries } from '@/lib/feeds/entries';
import { renderJsonFeed } from '@/lib/feeds/json-feed';

// Seconds: a scheduled post appears this long after its date at the latest, without a rebuild.
export const revalidate = 60;

export function GET() {
  return new Response(JSON.stringify(renderJsonFeed(feedEntries(getPublishedPosts())), null, 2), {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  });
}
