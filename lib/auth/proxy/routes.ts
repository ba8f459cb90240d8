import {
  DASHBOARD_PATH,
  EDITOR_PATH,
  MACHINE_API_PATH,
  OPENAPI_PATH,
  PRIVATE_API_PATH,
  SETTINGS_PATH,
  SIGN_IN_PATH,
  SIGN_UP_PATH,
} from '../../paths';

import { isPrivateSite } from '../config/private-site';

import { pathMatcher, type PathRequest } from './path-match';

/**
 * The proxy's first gate. `/:path*` matches the prefix itself and what lies below it, but not
 * `/dashboardx`, after decoding and collapsing repeated slashes (lib/auth/proxy/path-match.ts).
 * Every protected page and handler checks auth again: this list is never the only lock.
 */
export const PROTECTED_ROUTES = [
  `${DASHBOARD_PATH}/:path*`,
  `${SETTINGS_PATH}/:path*`,
  `${PRIVATE_API_PATH}/:path*`,
] as const;

export const isProtectedRoute = pathMatcher([...PROTECTED_ROUTES]);

export const isPrivateApiRoute = pathMatcher([`${PRIVATE_API_PATH}/:path*`]);

/** Machine-to-machine endpoints (below the private API): only Clerk M2M tokens open them. */
export const isMachineApiRoute = pathMatcher([`${MACHINE_API_PATH}/:path*`]);

/** The OpenAPI description below the private API: it describes, it opens nothing, so no credential is asked for. */
export const isOpenApiDocument = pathMatcher([OPENAPI_PATH]);

/** The editors' area: drafts and scheduled posts, for the organization permission only. */
export const isEditorRoute = pathMatcher([`${EDITOR_PATH}/:path*`]);

export const isAuthRoute = pathMatcher([`${SIGN_IN_PATH}/:path*`, `${SIGN_UP_PATH}/:path*`]);

/**
 * What a private preview site (`MASTHEAD_PRIVATE_SITE=true`) leaves open: the way in. Static
 * assets never reach the proxy (its `config.matcher` skips them).
 */
export const isOpenOnPrivateSite = isAuthRoute;

/**
 * Whether the proxy has anything to check on this request in the mode the site runs in:
 * the protected prefixes on the public site, everything but the way in on a private one.
 * A shortcut that skips Clerk must ask this, not `isProtectedRoute`.
 */
export function isGatedRoute(req: PathRequest, privateSite: boolean = isPrivateSite()): boolean {
  return privateSite ? !isOpenOnPrivateSite(req) : isProtectedRoute(req);
}

/**
 * Every literal segment of the gated and sign-in routes ("dashboard", "private", "sign-in", ...).
 * A path holding one anywhere, in any case, is handed to Clerk even when the matcher calls it
 * public: skipping Clerk never depends on agreeing with every path normalisation.
 */
const GATED_WORDS = [
  ...new Set(
    [...PROTECTED_ROUTES, SIGN_IN_PATH, SIGN_UP_PATH].flatMap((route) => route.split('/')),
  ),
].filter((segment) => segment !== '' && segment !== 'api' && !segment.startsWith(':'));

function mayMeanAGatedRoute(pathname: string): boolean {
  const path = pathname.toLowerCase();
  return path.includes('%') || GATED_WORDS.some((word) => path.includes(word));
}

/**
 * Whether the proxy runs Clerk for this request. Readers' pages read no session, so they skip
 * it whatever the request carries: an anonymous reader pays nothing for the gate, a signed-in
 * reader with a stale token is not sent on a handshake round trip before a static page, and an
 * opaque token sent to a public page does not make Clerk call its servers.
 */
export function needsClerk(req: PathRequest, privateSite: boolean = isPrivateSite()): boolean {
  return (
    isGatedRoute(req, privateSite) || isAuthRoute(req) || mayMeanAGatedRoute(req.nextUrl.pathname)
  );
}

/**
 * Whether the path holds a percent-encoding that does not decode (`/%ff`, `/%`, `/%C0%AE`): the
 * route matcher (lib/auth/proxy/path-match.ts) throws on it, and no page or file has such an address.
 */
export function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURI(pathname);
    return false;
  } catch {
    return true;
  }
}
