/**
 * The proxy's own path matching, in place of Clerk's `createRouteMatcher`, which @clerk/nextjs 7
 * deprecates: Clerk's guide (migrate-from-create-route-matcher) asks each page, handler and action
 * to check auth itself, as every one here does. The proxy still picks which requests to hand to
 * Clerk and which headers a page gets, so it matches paths as Clerk's matcher did: the path decoded
 * as a URI (`/%64ashboard` is `/dashboard`; `%2F` stays encoded), repeated slashes collapsed, case
 * ignored. A path that does not decode throws (`URIError`): callers answer it first
 * (`hasMalformedEncoding`).
 */

/** What the matchers read of a request: `NextRequest` has it. */
export interface PathRequest {
  nextUrl: { pathname: string };
}

const BELOW = '/:path*';

function escaped(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `/pricing` matches that page (and `/pricing/`); `/dashboard/:path*` matches `/dashboard` and everything below it, never `/dashboardx`. */
function patternSource(pattern: string): string {
  if (!pattern.startsWith('/') || (pattern.includes(':') && !pattern.endsWith(BELOW)))
    throw new Error(`Unsupported path pattern "${pattern}": use /a/b or /a/b/:path*`);
  const literal = pattern.endsWith(BELOW) ? pattern.slice(0, -BELOW.length) : pattern;
  return pattern.endsWith(BELOW) ? `${escaped(literal)}(?:/[\\s\\S]*)?` : `${escaped(literal)}/?`;
}

export function normalizedPath(pathname: string): string {
  return decodeURI(pathname).replace(/\/\/+/g, '/');
}

/** Whether a request's path is one the patterns name. */
export function pathMatcher(patterns: readonly string[]): (req: PathRequest) => boolean {
  const regex = new RegExp(`^(?:${patterns.map(patternSource).join('|')})$`, 'i');
  return (req) => regex.test(normalizedPath(req.nextUrl.pathname));
}
