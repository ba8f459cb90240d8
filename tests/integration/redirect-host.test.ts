import { describe, expect, inject, it } from 'vitest';

import { as, rawRequest } from '../support/http';

const html = { accept: 'text/html' };

/**
 * Clerk builds its redirects from `X-Forwarded-Host`, `X-Forwarded-Proto` and `Host` as sent;
 * behind a proxy that forwards them unchecked, they would send a member to another site.
 */
describe('redirects lead to NEXT_PUBLIC_SITE_URL, whatever the request says its host is', () => {
  const origin = inject('siteUrl');
  const steering: [string, Record<string, string>][] = [
    ['X-Forwarded-Host', { 'x-forwarded-host': 'evil.example' }],
    [
      'X-Forwarded-Host and X-Forwarded-Proto',
      { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
    ],
    ['Host', { host: 'evil.example' }],
  ];

  it.each(steering)('%s does not steer the redirect to sign in', async (_, headers) => {
    const reply = await rawRequest('/dashboard', { headers: { ...html, ...headers } });
    expect(reply.status).toBe(307);
    // Next writes a redirect to the request's own origin as a path: the browser stays where it is.
    const location = new URL(reply.headers.get('location') ?? '', origin);
    expect(location.origin).toBe(origin);
    expect(location.pathname).toBe('/sign-in');
    expect(location.searchParams.get('redirect_url')).toBe(`${origin}/dashboard`);
  });

  it.each(steering)('%s does not steer where a handshake returns to', async (_, headers) => {
    const reply = await rawRequest('/dashboard', {
      headers: await as('expired', { ...html, ...headers }),
    });
    expect(reply.status).toBe(307);
    const location = new URL(reply.headers.get('location') ?? '');
    expect(location.origin).toBe('https://clerk.example.com');
    expect(new URL(location.searchParams.get('redirect_url') ?? '').origin).toBe(origin);
  });
});
