import { feedUrlViewer } from '@/lib/auth/guards/api';
import { memberFeedResponse } from '@/lib/feeds/member-feed';
import { privateFeedUrlPath } from '@/lib/paths';

/** A member's private feed URL, for feed readers, which send no headers: the key in the path is the credential. */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const viewer = await feedUrlViewer(key);
  if (viewer instanceof Response) return viewer;
  return memberFeedResponse(viewer, privateFeedUrlPath(key));
}
