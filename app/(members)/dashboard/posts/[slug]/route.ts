import type { NextRequest } from 'next/server';

import { requireSignedInRequest } from '@/lib/access/guard';
import { readPost } from '@/lib/access/posts';
import { isPrivateSite } from '@/lib/gate/private-site';
import { PRIVATE_HEADERS } from '@/lib/gate/responses';
import { accountControlOf } from '@/lib/member-page/account';
import { RenderedPages, withNonce } from '@/lib/member-page/rendered-pages';
import { memberPageVariant } from '@/lib/member-page/variant';
import { memberPostHref } from '@/lib/paths';
import { NONCE_REQUEST_HEADER } from '@/lib/security/proxy-headers';

// Per request, always: the session is read on every request, only the page's HTML is kept.
export const dynamic = 'force-dynamic';

const pages = new RenderedPages();

/** A slug no post can have: the member area's 404 page, rendered once like the posts' pages. */
const NO_POST = '-';

/**
 * A gated post for a signed-in member, served at the cost of a session check: the member area's
 * own lock behind the proxy's (the proxy's signed verdict on this request, else Clerk's own check),
 * then the page of the reader's class, rendered by Next.js once per post and kept in memory
 * (lib/member-page).
 * Whether the post is published is asked here on every request, so a scheduled post opens on time.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const viewer = await requireSignedInRequest(request, memberPostHref(slug));
  const reading = readPost(slug, viewer);
  // On a private preview site the proxy lets only editors in; this check says the same.
  const open = reading.kind !== 'not-found' && (!isPrivateSite() || viewer.editor);
  const page = await pages.get({
    slug: open ? slug : NO_POST,
    variant: open ? memberPageVariant(reading.post.access, viewer) : 'read',
    account: accountControlOf(viewer.userId),
  });
  const nonce = request.headers.get(NONCE_REQUEST_HEADER);
  if (!nonce) throw new Error('No nonce from the proxy: the member post route runs only behind it');
  return new Response(withNonce(page, nonce), {
    status: open ? page.status : 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', ...PRIVATE_HEADERS },
  });
}
