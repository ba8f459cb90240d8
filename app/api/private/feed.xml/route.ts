import { apiViewer } from '@/lib/auth/guards/api';
import { OAUTH_SCOPES } from '@/lib/auth/tokens/credentials';
import { memberFeedResponse } from '@/lib/feeds/member-feed';
import { PRIVATE_FEED_PATH } from '@/lib/paths';

/** A member's own full-text feed, for a client that sends the member's session or API key. */
export async function GET() {
  const viewer = await apiViewer(OAUTH_SCOPES.feed);
  if (viewer instanceof Response) return viewer;
  return memberFeedResponse(viewer, PRIVATE_FEED_PATH);
}
