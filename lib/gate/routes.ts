import { createRouteMatcher } from '@clerk/nextjs/server';

import { isPrivateSite } from './private-site';

/**
 * The proxy's first gate. Clerk's `/:path*` form matches the prefix itself and what lies below
 * it, but not `/dashboardx`; Clerk normalises encodings and repeated slashes before matching.
 * Every protected page and handler checks auth again: this list is never the only lock.
 */
export const PROTECTED_ROUTES = ['/dashboard/:path*', '/settings/:path*', '/api/private/:path*'] as const;

export const isProtectedRoute = createRouteMatcher([...PROTECTED_ROUTES]);

export const isPrivateApiRoute = createRouteMatcher(['/api/private/:path*']);

/** Machine-to-machine endpoints (below the private API): only Clerk M2M tokens open them. */
export const isMachineApiRoute = createRouteMatcher(['/api/private/machine/:path*']);

/** The editors' area: drafts and scheduled posts, for the organization permission only. */
export const isEditorRoute = createRouteMatcher(['/dashboard/editor/:path*']);

export const isAuthRoute = createRouteMatcher(['/sign-in/:path*', '/sign-up/:path*']);

/**
 * What a private preview site (`MASTHEAD_PRIVATE_SITE=true`) leaves open: the way in. Static
 * assets never reach the proxy (its `config.matcher` skips them).
 */
export const isOpenOnPrivateSite = isAuthRoute;

type GateRequest = Parameters<typeof isProtectedRoute>[0];

/**
 * Whether the proxy has anything to check on this request in the mode the site runs in:
 * the protected prefixes on the public site, everything but the way in on a private one.
 * A shortcut that skips Clerk must ask this, not `isProtectedRoute`.
 */
export function isGatedRoute(req: GateRequest, privateSite: boolean = isPrivateSite()): boolean {
  return privateSite ? !isOpenOnPrivateSite(req) : isProtectedRoute(req);
}
