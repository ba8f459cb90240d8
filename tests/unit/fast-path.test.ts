import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';

import { isAnonymousPublicRequest } from '@/lib/gate/fast-path';
import { config as proxyConfig } from '@/proxy';

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`http://localhost:3000${path}`, init);

describe('the fast path past Clerk', () => {
  it.each(['/', '/blog', '/blog/static-first-publishing', '/pricing', '/tags/memberships', '/feed.xml', '/api/health', '/blog?page=2'])(
    'lets an anonymous GET of the public page %s straight through',
    (path) => {
      expect(isAnonymousPublicRequest(request(path))).toBe(true);
      expect(isAnonymousPublicRequest(request(path, { method: 'HEAD' }))).toBe(true);
    },
  );

  it('ignores cookies that are not Clerk\'s, such as analytics', () => {
    expect(isAnonymousPublicRequest(request('/blog', { headers: { cookie: '_ga=GA1.1.1; theme=dark' } }))).toBe(true);
  });

  it.each([
    ['a session cookie', { cookie: '__session=eyJ.x.y; __client_uat=1700000000' }],
    ['a signed-out browser\'s __client_uat=0', { cookie: '__client_uat=0' }],
    ['a suffixed session cookie', { cookie: 'theme=dark; __session_Y2xlcmsu=eyJ.x.y' }],
    ['a suffixed __client_uat', { cookie: '__client_uat_Y2xlcmsu=1700000000' }],
    ['a refresh cookie', { cookie: '__refresh_Y2xlcmsu=abc' }],
    ['a development browser cookie', { cookie: '__clerk_db_jwt=dvb_1' }],
    ['a handshake cookie', { cookie: '__clerk_handshake=abc' }],
    ['a __Secure- cookie', { cookie: '__Secure-session=abc' }],
    ['a Bearer token', { authorization: 'Bearer eyJ.x.y' }],
    ['an API key', { authorization: 'Bearer ak_123' }],
    ['an empty Authorization header', { authorization: '' }],
  ])('sends a public page request with %s through Clerk', (_label, headers) => {
    expect(isAnonymousPublicRequest(request('/blog/static-first-publishing', { headers }))).toBe(false);
  });

  it.each(['?__clerk_handshake=abc', '?__clerk_db_jwt=dvb_1', '?__dev_session=x', '?__clerk_synced=true', '?__clerk_help=1', '?__session=x', '?__clerk_testing_token=x'])(
    'sends a public page request with the Clerk parameter %s through Clerk',
    (query) => {
      expect(isAnonymousPublicRequest(request(`/blog${query}`))).toBe(false);
    },
  );

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])('sends an anonymous %s through Clerk (server actions are called by id, on any path)', (method) => {
    expect(isAnonymousPublicRequest(request('/blog', { method }))).toBe(false);
  });

  it.each([
    '/dashboard',
    '/dashboard/',
    '/dashboard/posts/x',
    '/Dashboard',
    '/DASHBOARD/posts/x',
    '//dashboard',
    '/./dashboard',
    '/blog/../dashboard',
    '/%64ashboard',
    '/%2564ashboard',
    '/dashboard%2F',
    '/dashboard%2Fposts%2Fx',
    '/dashboard.',
    '/dashboard./posts/x',
    '/dashboard;x',
    '/dashboard%00',
    '/dashboard/%0a',
    '/%2Fdashboard',
    '/\\dashboard',
    '/settings',
    '/SeTtInGs/security',
    '/%73ettings',
    '/settings%2F',
    '/api/private/me',
    '/API/PRIVATE/me',
    '/api//private/me',
    '/api/%70rivate/me',
    '/api/private%2Fme',
    '/api/private/me.',
    '/api/private/%2e%2e/private/me',
    '/sign-in',
    '/sign-in/factor-one',
    '/Sign-Up',
    '/blog/dashboard',
    '/blog/privacy-settings',
  ])('never lets an anonymous request for %s past Clerk', (path) => {
    expect(isAnonymousPublicRequest(request(path))).toBe(false);
  });
});

describe('the proxy matcher, which skips the proxy altogether', () => {
  // Next's helper rebuilds the cookie header from `cookies`, so cookies go there.
  const runsProxy = (path: string, { cookie, ...headers }: Record<string, string> = {}) => {
    const cookies = Object.fromEntries((cookie ?? '').split(';').filter(Boolean).map((pair) => pair.trim().split('=') as [string, string]));
    return unstable_doesMiddlewareMatch({ config: proxyConfig, url: `http://localhost:3000${path}`, headers, cookies });
  };

  it.each(['/', '/blog', '/blog/static-first-publishing', '/pricing', '/tags/memberships', '/blog?page=2'])(
    'skips the proxy for an anonymous reader of %s',
    (path) => {
      expect(runsProxy(path)).toBe(false);
    },
  );

  const credentials: Record<string, string>[] = [
    { cookie: '__session=eyJ.x.y; __client_uat=1700000000' },
    { cookie: 'theme=dark; __client_uat=0' },
    { cookie: 'theme=dark;__refresh_Y2xlcmsu=abc' },
    { authorization: 'Bearer eyJ.x.y' },
    { 'next-action': '7f3a' },
  ];

  it.each(credentials)('runs the proxy on a public page for a request with %o', (headers) => {
    for (const path of ['/', '/blog', '/blog/static-first-publishing', '/pricing', '/tags/memberships']) expect(runsProxy(path, headers)).toBe(true);
  });

  it.each([
    '/dashboard', '/Dashboard', '//dashboard', '/%64ashboard', '/dashboard%2F', '/dashboard.', '/api/private/me', '/API/private/me',
    '/settings', '/sign-in', '/sign-up/verify', '/api/health', '/Blog', '/blog/', '/blog//x', '/blog/%64ashboard', '/blog/Some-Post',
    '/blog/a/b', '/blog/x.', '/pricing/x', '/tags', '/about',
  ])('runs the proxy for %s, which is not spelled exactly as a reader\'s page', (path) => {
    expect(runsProxy(path)).toBe(true);
  });

  it('never skips the proxy for a request that the fast path would send through Clerk', () => {
    const paths = ['/', '/blog', '/blog/static-first-publishing', '/pricing', '/tags/x', '/dashboard', '/Dashboard', '/%64ashboard', '/blog/dashboard'];
    const headerSets: Record<string, string>[] = [{}, { cookie: '_ga=1' }, ...credentials];
    for (const path of paths) {
      for (const headers of headerSets) {
        if (!isAnonymousPublicRequest(request(path, { headers }))) expect(runsProxy(path, headers), `${path} ${JSON.stringify(headers)}`).toBe(true);
      }
    }
  });
});
