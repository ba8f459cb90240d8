import { createRouteMatcher } from '@clerk/nextjs/server';

/**
 * The proxy's first gate. Clerk's `/:path*` form matches the prefix itself and what lies below
 * it, but not `/dashboardx`; Clerk normalises encodings and repeated slashes before matching.
 * Every protected page and handler checks auth again: this list is never the only lock.
 */
export const PROTECTED_ROUTES = ['/dashboard/:path*', '/settings/:path*', '/api/private/:path*'] as const;

export const isProtectedRoute = createRouteMatcher([...PROTECTED_ROUTES]);

export const isPrivateApiRoute = createRouteMatcher(['/api/private/:path*']);

export const isAuthRoute = createRouteMatcher(['/sign-in/:path*', '/sign-up/:path*']);
