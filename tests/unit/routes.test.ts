import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';

import { isAuthRoute, isPrivateApiRoute, isProtectedRoute } from '@/lib/gate/routes';

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
});
