import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';

import { isPrivateSite, privateSiteStartProblem } from '@/lib/auth/config/private-site';
import { readPrivateSiteSetting } from '@/lib/auth/config/private-site-setting.mjs';
import { DEFAULT_RETURN_PATH, safeReturnPath } from '@/lib/auth/guards/return-to';
import {
  isAuthRoute,
  isEditorRoute,
  isGatedRoute,
  isMachineApiRoute,
  isOpenOnPrivateSite,
  isPrivateApiRoute,
  hasMalformedEncoding,
  isProtectedRoute,
  needsClerk,
} from '@/lib/auth/proxy/routes';

const at = (path: string) => new NextRequest(`http://localhost:3000${path}`);

describe('the proxy route matcher', () => {
  it.each([
    ['/dashboard', true],
    ['/dashboard/', true],
    ['/dashboard/posts/some-post', true],
    ['/dashboard/editor/draft', true],
    ['//dashboard', true],
    ['/dashboard/%0a', true],
    ['/%64ashboard', true],
    ['/settings', true],
    ['/settings/security', true],
    ['/api/private', true],
    ['/api/private/me', true],
    ['/api/private/posts/x', true],
    ['/dashboardx', false],
    ['/dashboard-public', false],
    ['/settingsx', false],
    ['/api/privately', false],
    ['/api/public', false],
    ['/', false],
    ['/blog/dashboard', false],
    ['/blog/some-post', false],
    ['/sign-in', false],
  ])('%s is protected: %s', (path, expected) => {
    expect(isProtectedRoute(at(path))).toBe(expected);
  });

  it('matches case-insensitively, so /Dashboard cannot slip past', () => {
    expect(isProtectedRoute(at('/Dashboard'))).toBe(true);
    expect(isProtectedRoute(at('/DASHBOARD/posts/x'))).toBe(true);
  });

  it('tells the private API apart from pages, and knows the auth pages', () => {
    expect(isPrivateApiRoute(at('/api/private/me'))).toBe(true);
    expect(isPrivateApiRoute(at('/dashboard'))).toBe(false);
    expect(isAuthRoute(at('/sign-in/factor-one'))).toBe(true);
    expect(isAuthRoute(at('/sign-up'))).toBe(true);
    expect(isAuthRoute(at('/signing'))).toBe(false);
  });

  it.each([
    ['/dashboard/editor', true],
    ['/dashboard/editor/', true],
    ['/dashboard/editor/a-draft', true],
    ['/Dashboard/Editor/a-draft', true],
    ['//dashboard//editor', true],
    ['/dashboard/%65ditor', true],
    ['/dashboard/editorial', false],
    ['/dashboard', false],
    ['/dashboard/posts/editor', false],
  ])("%s is in the editors' area: %s", (path, expected) => {
    expect(isEditorRoute(at(path))).toBe(expected);
  });

  it.each([
    ['/api/private/machine', true],
    ['/api/private/machine/export', true],
    ['/API/private/Machine/export', true],
    ['/api/private/machinery', false],
    ['/api/private/me', false],
    ['/api/machine/export', false],
  ])('%s is the machine API: %s', (path, expected) => {
    expect(isMachineApiRoute(at(path))).toBe(expected);
  });

  it('leaves only the way in open on a private site', () => {
    for (const path of [
      '/sign-in',
      '/sign-in/tasks',
      '/sign-in/tasks/choose-organization',
      '/sign-up',
      '/sign-up/verify',
    ]) {
      expect(isOpenOnPrivateSite(at(path)), path).toBe(true);
    }
    for (const path of [
      '/',
      '/blog',
      '/blog/sign-in',
      '/pricing',
      '/signing',
      '/api/private/me',
      '/feed.xml',
    ]) {
      expect(isOpenOnPrivateSite(at(path)), path).toBe(false);
    }
  });
});

describe('what the proxy checks, by mode', () => {
  it.each([
    ['/', false, true],
    ['/blog/some-post', false, true],
    ['/Pricing', false, true],
    ['/dashboard', true, true],
    ['/api/private/me', true, true],
    ['/sign-in', false, false],
    ['/sign-up/verify', false, false],
  ])(
    '%s is gated on the public site: %s, on a private site: %s',
    (path, publicSite, privateSite) => {
      expect(isGatedRoute(at(path), false)).toBe(publicSite);
      expect(isGatedRoute(at(path), true)).toBe(privateSite);
    },
  );
});

describe('the private-site setting', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['false', false],
    ['0', false],
    ['off', false],
    ['true', true],
    ['TRUE', true],
    [' 1 ', true],
    ['yes', true],
  ])('MASTHEAD_PRIVATE_SITE=%j makes the site private: %s', (value, expected) => {
    expect(isPrivateSite(value)).toBe(expected);
  });

  it('closes the site on a value it does not understand, and says why', () => {
    expect(isPrivateSite('ture')).toBe(true);
    expect(readPrivateSiteSetting('ture').problem).toContain(
      'MASTHEAD_PRIVATE_SITE="ture" is neither true nor false',
    );
    expect(readPrivateSiteSetting('true').problem).toBeUndefined();
  });
});

describe('the private-site setting at start', () => {
  it('is silent when the server is started without it, or with what was built', () => {
    expect(privateSiteStartProblem(false, undefined)).toBeUndefined();
    expect(privateSiteStartProblem(true, undefined)).toBeUndefined();
    expect(privateSiteStartProblem(true, 'true')).toBeUndefined();
    expect(privateSiteStartProblem(false, 'off')).toBeUndefined();
  });

  it('names the problem when a public build is started as private, and the other way round', () => {
    expect(privateSiteStartProblem(false, 'true')).toContain('would publish every page');
    expect(privateSiteStartProblem(false, 'ture')).toContain('would publish every page');
    expect(privateSiteStartProblem(true, 'false')).toContain('this build is a private preview');
  });
});

describe('the return path after a session task', () => {
  const origin = 'https://masthead.example';

  it.each([
    [undefined, DEFAULT_RETURN_PATH],
    ['', DEFAULT_RETURN_PATH],
    ['/dashboard/posts/x?y=1#z', '/dashboard/posts/x?y=1#z'],
    ['https://masthead.example/settings', '/settings'],
    [['/settings', '/dashboard'], '/settings'],
    ['https://evil.example/dashboard', DEFAULT_RETURN_PATH],
    ['//evil.example/dashboard', DEFAULT_RETURN_PATH],
    ['javascript:alert(1)', DEFAULT_RETURN_PATH],
    ['http://[bad', DEFAULT_RETURN_PATH],
    // Each of these resolved to a path on our origin that a browser reads as another host.
    ['/.//evil.example', DEFAULT_RETURN_PATH],
    ['/a/..//evil.example', DEFAULT_RETURN_PATH],
    ['/./\\evil.example', DEFAULT_RETURN_PATH],
    ['/\\evil.example', DEFAULT_RETURN_PATH],
    ['https://masthead.example//evil.example', DEFAULT_RETURN_PATH],
    ['https://masthead.example/.//evil.example/x', DEFAULT_RETURN_PATH],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/\tdashboard', '/dashboard'],
    ['settings', DEFAULT_RETURN_PATH],
  ])('redirect_url %j returns to %s', (value, expected) => {
    expect(safeReturnPath(value, origin)).toBe(expected);
  });
});

describe('which requests the proxy hands to Clerk', () => {
  it.each([
    '/',
    '/blog',
    '/blog/static-first-publishing',
    '/blog/page/2',
    '/tags/performance',
    '/feed.xml',
    '/search',
    '/pricing',
  ])('lets %s through without Clerk, on the public site', (path) => {
    expect(needsClerk(at(path), false)).toBe(false);
  });

  it.each([
    '/dashboard',
    '/settings/profile',
    '/api/private/me',
    '/sign-in',
    '/sign-up/verify',
    '/sign-in/tasks',
  ])('hands %s to Clerk', (path) => {
    expect(needsClerk(at(path), false)).toBe(true);
  });

  it.each([
    '/Dashboard',
    '/dashboard.',
    '/dashboard;x',
    '/blog/%2e%2e/dashboard',
    '/%64ashboard',
    '/blog/x%2Fy',
    '/api/PRIVATE/x',
    '/blog/sign-in-tips',
  ])('hands %s to Clerk too: it might mean a gated route', (path) => {
    expect(needsClerk(at(path), false)).toBe(true);
  });

  it('hands every page to Clerk on a private site', () => {
    expect(needsClerk(at('/blog/static-first-publishing'), true)).toBe(true);
    expect(needsClerk(at('/'), true)).toBe(true);
  });
});

describe('paths whose encoding does not decode', () => {
  it.each(['/%ff', '/%', '/blog/%zz', '/%C0%AE', '/dashboard/posts/x%E0%A4'])(
    'finds %s malformed: the proxy answers 400 before Clerk throws on it',
    (path) => {
      expect(hasMalformedEncoding(at(path).nextUrl.pathname)).toBe(true);
    },
  );

  it.each([
    '/',
    '/blog/static-first-publishing',
    '/%64ashboard',
    '/dashboard%2F',
    '/blog/caf%C3%A9',
    '/dashboard/posts/x%00',
  ])('finds %s well formed', (path) => {
    expect(hasMalformedEncoding(at(path).nextUrl.pathname)).toBe(false);
  });
});
