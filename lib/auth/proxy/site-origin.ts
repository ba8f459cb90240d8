import { NextRequest } from 'next/server';

import { siteUrl } from '../../site-url';

/**
 * The request as Clerk is to see it: sent to the site's own origin (NEXT_PUBLIC_SITE_URL). Clerk
 * builds its redirects (to sign in, to a handshake, and the `redirect_url` in them) from
 * `X-Forwarded-Host` and `X-Forwarded-Proto`, else `Host`, as the request sent them: behind a proxy
 * that forwards them unchecked, anyone could send a member to another site. The URL stays the
 * server's own, so that the rewrites Clerk answers with stay inside this server.
 *
 * Without an opaque machine token: Clerk would ask its servers about it on every request, and
 * no page accepts one (a page's own `auth()` reads a request carrying one as signed out).
 */
export function onSiteOrigin(req: NextRequest, dropAuthorization = false): NextRequest {
  const site = siteUrl();
  const headers = new Headers(req.headers);
  if (dropAuthorization) headers.delete('authorization');
  headers.set('x-forwarded-host', site.host);
  headers.set('x-forwarded-proto', site.protocol.slice(0, -1));
  return new NextRequest(req, { headers });
}
