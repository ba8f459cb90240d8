import { safeReturnPath } from '../auth/guards/return-to';
import { withNotice } from '../notices/notices';

/** The query parameter that brings a reader to `/pricing` from a post (the paywall's "See plans"), as Clerk names its own. */
export const RETURN_PARAM = 'redirect_url';

/**
 * Where a reader goes once subscribed: back to the page they came from (`?redirect_url=`, a path
 * on this site and nothing else), else their dashboard; either way told that it worked.
 */
export function afterSubscribePath(search: string, origin: string): string {
  const asked = new URLSearchParams(search).get(RETURN_PARAM) ?? undefined;
  return withNotice(safeReturnPath(asked, origin), 'subscribed');
}
