import { publicFeedEntries } from '@/lib/feeds/public-feed';
import { renderRss } from '@/lib/feeds/rss';
import { RSS_FEED_PATH } from '@/lib/paths';

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post appears here without a redeploy.
export const revalidate = 60;

export function GET() {
  return new Response(renderRss({ selfPath: RSS_FEED_PATH, items: publicFeedEntries() }), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  });
}
