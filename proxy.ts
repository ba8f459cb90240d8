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
  if (!isClerkConfigured()) {
    // Without keys Clerk fails every request; keep the public site up and say what is missing.
    if (isProtectedRoute(req) || isAuthRoute(req)) return authNotConfigured(isPrivateApiRoute(req));
    return NextResponse.next();
  }
  return gate(req, event);
}

export const config = {
  matcher: [
    '/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)',
    '/(api|trpc)(.*)',
  ],
};
