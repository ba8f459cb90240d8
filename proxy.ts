import { clerkMiddleware } from '@clerk/nextjs/server';
import { type NextFetchEvent, type NextRequest, NextResponse } from 'next/server';

import { clerkMiddlewareOptions, isClerkConfigured } from '@/lib/gate/clerk-config';
import { isAnonymousPublicRequest } from '@/lib/gate/fast-path';
import { authNotConfigured, unauthenticated } from '@/lib/gate/responses';
import { isAuthRoute, isPrivateApiRoute, isProtectedRoute } from '@/lib/gate/routes';

const gate = clerkMiddleware(async (auth, req) => {
  if (!isProtectedRoute(req)) return;
  if (isPrivateApiRoute(req)) {
    // An API client wants a status it can act on, never a redirect to an HTML sign-in page.
    const { userId, sessionStatus } = await auth({ treatPendingAsSignedOut: false });
    if (!userId || sessionStatus === 'pending') return unauthenticated(sessionStatus === 'pending');
    return;
  }
  await auth.protect();
}, clerkMiddlewareOptions);

export default function proxy(req: NextRequest, event: NextFetchEvent) {
  if (!isClerkConfigured()) {
    // Without keys Clerk fails every request; keep the public site up and say what is missing.
    if (isProtectedRoute(req) || isAuthRoute(req)) return authNotConfigured(isPrivateApiRoute(req));
    return NextResponse.next();
  }
  // Readers of public pages carry no credential: Clerk would only conclude "signed out".
  if (isAnonymousPublicRequest(req)) return NextResponse.next();
  return gate(req, event);
}

/**
 * Next only runs the proxy for requests these entries match (any one of them). The first entry
 * leaves out static files and the readers' pages, spelled exactly (lowercase slugs, single
 * slashes, no encoding, none of the gated words that lib/gate/fast-path.ts looks for), so that
 * an anonymous reader of those pages never enters the proxy. The last three bring those pages
 * back in as soon as a request carries anything Clerk reads: a `__` cookie (`__session`,
 * `__client_uat`, `__refresh_*`, ...), an Authorization header, or a server action call (a
 * Clerk handshake returns to a browser that holds Clerk's cookies). Values must be
 * literals (Next reads them at build time); tests/unit/fast-path.test.ts checks that the proxy is
 * only ever skipped where `isAnonymousPublicRequest` would let the request through anyway.
 */
export const config = {
  matcher: [
    '/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)|(?:blog(?:/(?![a-z0-9-]*(?:dashboard|settings|private|sign-in|sign-up))[a-z0-9-]+)?|pricing|tags/(?![a-z0-9-]*(?:dashboard|settings|private|sign-in|sign-up))[a-z0-9-]+)?$).*)',
    '/(api|trpc)(.*)',
    { source: '/((?:blog(?:/[a-z0-9-]+)?|pricing|tags/[a-z0-9-]+)?)', has: [{ type: 'header', key: 'cookie', value: '(?:.*;)?\\s*__.*' }] },
    { source: '/((?:blog(?:/[a-z0-9-]+)?|pricing|tags/[a-z0-9-]+)?)', has: [{ type: 'header', key: 'authorization' }] },
    { source: '/((?:blog(?:/[a-z0-9-]+)?|pricing|tags/[a-z0-9-]+)?)', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
