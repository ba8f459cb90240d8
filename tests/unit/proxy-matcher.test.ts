import * as pageStaticInfo from 'next/dist/build/analysis/get-page-static-info.js';
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher.js';
import { describe, expect, it } from 'vitest';

import {
  CLERK_CREDENTIALS,
  privateSiteRedirects,
} from '@/lib/auth/config/private-site-setting.mjs';
import { needsNotes } from '@/lib/observability/needs-notes';
import { config } from '@/proxy';

/**
 * Whether Next invokes the proxy, decided by Next's own matcher code: like Next's router, it
 * tries the path as sent and decoded.
 */
type MatcherCompiler = (
  matcher: typeof config.matcher,
  nextConfig: { basePath: string },
) => Parameters<typeof getMiddlewareRouteMatcher>[0];
// Next's compiler for `config.matcher`: exported at run time, left out of its type declarations.
const { getMiddlewareMatchers } = pageStaticInfo as unknown as {
  getMiddlewareMatchers: MatcherCompiler;
};
const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, { basePath: '' }));
function invokesProxy(path: string, headers: Record<string, string> = {}): boolean {
  const url = new URL(path, 'http://localhost');
  const query = Object.fromEntries(url.searchParams);
  const req = { headers } as never;
  return matches(url.pathname, req, query) || matches(decodeURIComponent(url.pathname), req, query);
}

const SESSION = 'eyJhbGciOiJSUzI1NiJ9.e30.sig';

describe('the proxy matcher', () => {
  it.each([
    '/',
    '/blog',
    '/blog/static-first-publishing',
    '/pricing',
    '/feed.xml',
    '/search.json',
    '/api/health',
    '/og/static-first-publishing',
  ])('lets an anonymous request for %s past without invoking the proxy', (path) =>
    expect(invokesProxy(path)).toBe(false),
  );

  it.each([
    '/dashboard',
    '/dashboard/posts/x',
    '/dashboard/editor/draft',
    '/dashboard/x.png',
    '/settings',
    '/api/private/me',
    '/api/private/posts/x.csv',
    '/sign-in',
    '/sign-up/verify',
    '/%64ashboard',
    '/dashboard%2Fposts%2Fx',
    '/blog/%2e%2e/dashboard',
    '/blog/anything%00',
    '/gated-reading/lock/a-post/full',
    '/blog/x/../gated-reading/lock',
  ])('invokes the proxy for %s, even anonymously', (path) => expect(invokesProxy(path)).toBe(true));

  it.each([
    ['a session cookie', { cookie: `__session=${SESSION}` }],
    ['a suffixed session cookie among others', { cookie: `theme=dark; __session_Zx1=${SESSION}` }],
    ['only the client cookie', { cookie: '__client_uat=1700000000' }],
    ['a development-instance cookie', { cookie: '__clerk_db_jwt=dvb_x' }],
    ['a Bearer token', { authorization: `Bearer ${SESSION}` }],
  ])('invokes the proxy for a public page requested with %s', (_, headers) => {
    expect(invokesProxy('/blog/static-first-publishing', headers)).toBe(true);
  });

  it('invokes the proxy for a handshake coming back to a public page', () => {
    expect(invokesProxy('/blog?__clerk_handshake=x')).toBe(true);
  });

  it('ignores cookies that merely resemble Clerk names', () => {
    expect(invokesProxy('/blog', { cookie: 'my__session=x; theme=dark' })).toBe(false);
  });

  it.each(['/_next/static/chunks/app.js', '/favicon.ico'])(
    'never invokes the proxy for the asset %s, even with a session',
    (path) => {
      expect(invokesProxy(path, { cookie: `__session=${SESSION}` })).toBe(false);
    },
  );

  it('names the same credentials as the private site redirect, which sends everyone else to sign in', () => {
    const credentialEntries = config.matcher.flatMap((entry) =>
      typeof entry === 'string' ? [] : entry.has,
    );
    expect(credentialEntries).toEqual([...CLERK_CREDENTIALS]);
    expect(privateSiteRedirects(true)[0]?.missing).toEqual([...CLERK_CREDENTIALS]);
    expect(privateSiteRedirects(false)).toEqual([]);
  });
});

describe("the request log's notes", () => {
  const PUBLIC = ['/', '/blog', '/blog/static-first-publishing', '/pricing', '/feed.xml', '/tags'];
  const PROXIED = [
    '/dashboard',
    '/dashboard/posts/x',
    '/settings/profile',
    '/api/private/me',
    '/sign-in',
    '/sign-up/verify',
    '/%64ashboard',
    '/blog/anything%00',
    '/gated-reading/lock/a-post/full',
    '/gift/a-post/a-token',
    '/blog?__clerk_handshake=x',
  ];
  const CREDENTIALS: Record<string, string>[] = [
    { cookie: `__session=${SESSION}` },
    { cookie: `theme=dark; __session_Zx1=${SESSION}` },
    { cookie: '__client_uat=0' },
    { cookie: '__clerk_db_jwt=dvb_x' },
    { cookie: '__refresh_x=y' },
    { authorization: `Bearer ${SESSION}` },
    { authorization: 'Bearer ak_opaque' },
  ];

  it('are entered wherever Next may invoke the proxy', () => {
    const cases = [
      ...[...PUBLIC, ...PROXIED].map((path) => [path, {}] as const),
      ...PUBLIC.flatMap((path) => CREDENTIALS.map((headers) => [path, headers] as const)),
    ];
    const proxied = cases.filter(([path, headers]) => invokesProxy(path, headers));
    expect(proxied.length).toBe(PROXIED.length + PUBLIC.length * CREDENTIALS.length);
    for (const [path, headers] of proxied)
      expect(needsNotes('GET', path, headers), `${path} ${JSON.stringify(headers)}`).toBe(true);
  });

  it('are entered for any method but GET and HEAD', () => {
    expect(needsNotes('POST', '/blog', {})).toBe(true);
    expect(needsNotes('TRACE', '/', {})).toBe(true);
  });

  it.each(PUBLIC)('are not entered for an anonymous GET of %s, which nothing notes in', (path) => {
    expect(invokesProxy(path)).toBe(false);
    expect(needsNotes('GET', path, { cookie: 'my__session=x; theme=dark' })).toBe(false);
    expect(needsNotes('HEAD', `${path}?utm_source=x`, {})).toBe(false);
  });
});
