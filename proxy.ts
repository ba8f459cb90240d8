import { clerkMiddleware } from '@clerk/nextjs/server';
import { type NextFetchEvent, type NextRequest, NextResponse } from 'next/server';

import { clerkMiddlewareOptions, isClerkConfigured } from '@/lib/gate/clerk-config';
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
  // Readers' pages read no session. Passing them through Clerk would send a signed-in reader
  // whose short-lived session token has gone stale (nothing refreshes it on a page without
  // Clerk's script) on a handshake redirect to Clerk before every static page.
  if (!isProtectedRoute(req) && !isAuthRoute(req)) return NextResponse.next();
  // Without keys Clerk fails every request; keep the public site up and say what is missing.
  if (!isClerkConfigured()) return authNotConfigured(isPrivateApiRoute(req));
  return gate(req, event);
}

export const config = {
  matcher: [
    '/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)',
    '/(api|trpc)(.*)',
  ],
};
