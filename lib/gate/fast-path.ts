import type { NextRequest } from 'next/server';

import { SIGN_IN_PATH, SIGN_UP_PATH } from '@/lib/config';

import { isAuthRoute, isProtectedRoute, PROTECTED_ROUTES } from './routes';

/**
 * Every literal path segment of the protected and sign-in routes ("dashboard", "private",
 * "sign-in", ...). A path that holds one anywhere, in any case, takes the slow path: the fast
 * path never has to agree with Clerk's or Next's path normalisation to stay safe.
 */
const GATED_WORDS = [...new Set([...PROTECTED_ROUTES, SIGN_IN_PATH, SIGN_UP_PATH].flatMap((pattern) => pattern.split('/')))].filter(
  (segment) => segment !== '' && segment !== 'api' && !segment.startsWith(':'),
);

/** Clerk's cookies and query parameters (`__session`, `__client_uat`, `__clerk_handshake`, ...) all start so. */
const CLERK_NAME_PREFIX = '__';

function pathLooksPublic(pathname: string): boolean {
  const path = pathname.toLowerCase();
  // An encoded or backslashed path may decode to a protected one somewhere down the line.
  if (path.includes('%') || path.includes('\\')) return false;
  return !GATED_WORDS.some((word) => path.includes(word));
}

// Spoofed `x-clerk-auth-*` headers need no rule: auth() only trusts them with Clerk's HMAC signature.
function carriesCredentials(req: NextRequest): boolean {
  if (req.headers.has('authorization')) return true;
  if (req.cookies.getAll().some((cookie) => cookie.name.startsWith(CLERK_NAME_PREFIX))) return true;
  for (const name of req.nextUrl.searchParams.keys()) if (name.startsWith(CLERK_NAME_PREFIX)) return true;
  return false;
}

/**
 * True when Clerk has nothing to decide for this request: a GET or HEAD with no credential of
 * any kind (no Clerk cookie, no Authorization header, no handshake parameter) for a path that is
 * neither protected nor a sign-in page. The proxy lets such a request straight through, so an
 * anonymous reader of a public page pays nothing for the gate. Anything else, including every
 * request that merely looks like a protected path, goes through clerkMiddleware.
 */
export function isAnonymousPublicRequest(req: NextRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (carriesCredentials(req)) return false;
  if (!pathLooksPublic(req.nextUrl.pathname)) return false;
  return !isProtectedRoute(req) && !isAuthRoute(req);
}
