import { apiViewer } from '@/lib/access/api';
import { site } from '@/lib/config';
import { getPublishedPosts } from '@/lib/content/posts';
import { memberFeedEntries } from '@/lib/feeds/member-entries';
import { renderRss } from '@/lib/feeds/rss';
import { PRIVATE_HEADERS } from '@/lib/gate/responses';
import { PRIVATE_FEED_PATH } from '@/lib/paths';

/** A member's own full-text feed, for a feed reader that sends the member's session or API key. */
export async function GET() {
  const viewer = await apiViewer();
  if (viewer instanceof Response) return viewer;
  const xml = renderRss({
    selfPath: PRIVATE_FEED_PATH,
    title: `${site.name} (full text for members)`,
    items: memberFeedEntries(getPublishedPosts(), viewer),
  });
  return new Response(xml, { headers: { ...PRIVATE_HEADERS, 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
