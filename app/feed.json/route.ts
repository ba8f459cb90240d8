import { publicFeedEntries } from '@/lib/feeds/public-feed';
import { renderJsonFeed } from '@/lib/feeds/json-feed';

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post appears here without a redeploy.
export const revalidate = 60;

export function GET() {
  return new Response(JSON.stringify(renderJsonFeed(publicFeedEntries()), null, 2), {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  });
}
