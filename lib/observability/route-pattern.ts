/**
 * Every address the site answers, in the app directory's spelling. The log and the metrics name
 * a request by its pattern: never a gift token or a feed key from the path, and a bounded set of
 * labels whatever clients ask. tests/unit/route-pattern.test.ts holds this list to app/.
 */
export const ROUTE_PATTERNS = [
  '/',
  '/blog',
  '/blog/[slug]',
  '/blog/[slug]/opengraph-image',
  '/blog/[slug]/twitter-image',
  '/blog/page/[page]',
  '/tags',
  '/tags/[tag]',
  '/tags/[tag]/page/[page]',
  '/authors/[id]',
  '/authors/[id]/page/[page]',
  '/search',
  '/search/posts/[chunk]',
  '/search/terms/[shard]',
  '/search.json',
  '/feed.xml',
  '/feed.json',
  '/sitemap.xml',
  '/robots.txt',
  '/opengraph-image',
  '/favicon.ico',
  '/icon.svg',
  '/pricing',
  '/sign-in-unavailable',
  '/sign-in/tasks/[[...task]]',
  '/sign-in/[[...sign-in]]',
  '/sign-up/[[...sign-up]]',
  '/dashboard',
  '/dashboard/posts/[slug]',
  '/dashboard/editor',
  '/dashboard/editor/[slug]',
  '/dashboard/apps/authorize',
  '/dashboard/apps/consent',
  '/dashboard/apps/revoke',
  '/settings/[[...rest]]',
  '/gift/[slug]/[token]',
  '/gated-reading/[lock]/[slug]/[reading]',
  '/api/health',
  '/api/demo/session',
  '/api/demo/oauth/token',
  '/api/private/me',
  '/api/private/feed.xml',
  '/api/private/feed/[key]',
  '/api/private/machine/export',
  '/api/private/posts',
  '/api/private/posts/[slug]',
  '/api/private/posts/[slug]/gift',
  '/api/private/openapi.json',
  // After every other address below the private API: it answers what none of them does.
  '/api/private/[...unknown]',
  '/healthz',
  '/readyz',
  '/_next/image',
] as const;

export type RoutePattern = (typeof ROUTE_PATTERNS)[number] | 'unmatched';

/** A pattern as a regular expression: `[x]` is one segment, `[...x]` one or more, `[[...x]]` any number; a share image's name takes Next's hashed suffix. */
function matcherOf(pattern: string): RegExp {
  const body = pattern
    .split('/')
    .slice(1)
    .map((segment) => {
      if (/^\[\[\.\.\..+\]\]$/.test(segment)) return '(?:/[^/]+)*';
      if (/^\[\.\.\..+\]$/.test(segment)) return '(?:/[^/]+)+';
      if (/^\[.+\]$/.test(segment)) return '/[^/]+';
      const literal = segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return /-image$/.test(segment) ? `/${literal}(?:-[^/]+)?` : `/${literal}`;
    })
    .join('');
  return new RegExp(`^${body || '/'}/?$`);
}

const MATCHERS = ROUTE_PATTERNS.map((pattern) => [pattern, matcherOf(pattern)] as const);

/** The pattern of a request's path (without its query), or `unmatched`: a 404, or a static file. */
export function routePattern(pathname: string): RoutePattern {
  for (const [pattern, matcher] of MATCHERS) if (matcher.test(pathname)) return pattern;
  return 'unmatched';
}
