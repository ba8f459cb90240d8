import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import {
  clerkFrontendApi,
  contentSecurityPolicy,
  securityHeaderRoutes,
} from '@/lib/security/headers.mjs';
import { THEME_SCRIPT } from '@/lib/theme/theme-script.mjs';

const scriptSources = (policy: string) =>
  policy
    .split('; ')
    .find((directive) => directive.startsWith('script-src '))
    ?.split(' ')
    .slice(1) ?? [];

describe('clerkFrontendApi', () => {
  it('reads the Frontend API host out of a publishable key', () => {
    expect(
      clerkFrontendApi(`pk_live_${Buffer.from('clerk.masthead.example$').toString('base64')}`),
    ).toBe('https://clerk.masthead.example');
    expect(
      clerkFrontendApi(
        `pk_test_${Buffer.from('happy-cat-12.clerk.accounts.dev$').toString('base64')}`,
      ),
    ).toBe('https://happy-cat-12.clerk.accounts.dev');
  });

  it('names no host for a missing or malformed key, rather than a source that allows more', () => {
    expect(clerkFrontendApi(undefined)).toBeUndefined();
    expect(clerkFrontendApi('')).toBeUndefined();
    expect(
      clerkFrontendApi(`pk_live_${Buffer.from("evil.example 'unsafe-eval'$").toString('base64')}`),
    ).toBeUndefined();
  });
});

describe('contentSecurityPolicy', () => {
  it('allows the theme script by the hash of its exact text on a page with a nonce', () => {
    const hash = `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`;
    expect(scriptSources(contentSecurityPolicy({ clerk: true, nonce: 'abc' }))).toEqual([
      "'nonce-abc'",
      "'strict-dynamic'",
      hash,
    ]);
  });

  it('allows eval in development only', () => {
    for (const options of [{ clerk: false }, { clerk: true, nonce: 'abc' }]) {
      expect(scriptSources(contentSecurityPolicy(options))).not.toContain("'unsafe-eval'");
      expect(scriptSources(contentSecurityPolicy({ ...options, development: true }))).toContain(
        "'unsafe-eval'",
      );
    }
  });

  it('names Clerk’s hosts on Clerk’s pages only', () => {
    const frontendApi = 'https://clerk.masthead.example';
    expect(contentSecurityPolicy({ clerk: false, frontendApi })).not.toMatch(
      /clerk|stripe|cloudflare/,
    );
    expect(scriptSources(contentSecurityPolicy({ clerk: true, frontendApi }))).toContain(
      frontendApi,
    );
  });
});

describe('securityHeaderRoutes', () => {
  it('gives every path the headers, and Clerk’s pages their own policy after them', () => {
    const routes = securityHeaderRoutes({ frontendApi: 'https://clerk.masthead.example' });
    expect(routes[0]?.source).toBe('/:path*');
    expect(routes[0]?.headers.map(({ key }) => key)).toEqual(
      expect.arrayContaining([
        'Content-Security-Policy',
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
      ]),
    );
    expect(routes.slice(1).map(({ source }) => source)).toEqual([
      '/pricing',
      '/sign-in/:path*',
      '/sign-up/:path*',
      '/dashboard/:path*',
      '/settings/:path*',
    ]);
  });
});
