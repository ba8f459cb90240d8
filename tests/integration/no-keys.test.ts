import { describe, expect, inject, it } from 'vitest';

import { request } from '../support/http';

/** A fresh clone built and started with no Clerk variable at all. */
describe('a site without Clerk keys', () => {
  const base = inject('noKeysUrl');

  it.each(['/', '/blog', '/blog/static-first-publishing', '/pricing'])(
    'still serves %s',
    async (path) => {
      const reply = await request(path, { base });
      expect(reply.status).toBe(200);
      expect(reply.body).toContain('Masthead');
    },
  );

  it.each(['/dashboard', '/dashboard/editor', '/settings', '/sign-in', '/sign-up'])(
    'answers %s with 503, in the site’s frame, naming every variable that is missing',
    async (path) => {
      const reply = await request(path, { base, headers: { accept: 'text/html' } });
      expect(reply.status).toBe(503);
      expect(reply.headers.get('cache-control')).toBe('private, no-store');
      // The page's heading as rendered HTML, not the RSC payload that also carries its text.
      expect(reply.body).toMatch(/<h1[^>]*>Sign-in is not configured<\/h1>/);
      // The readers' header and footer, and the theme script that gives dark mode before paint.
      expect(reply.body).toMatch(/<header[^>]*>.*Skip to content/s);
      expect(reply.body).toContain('<footer');
      expect(reply.body).toContain('prefers-color-scheme: dark');
      for (const name of ['NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY', 'CLERK_SECRET_KEY', 'CLERK_JWT_KEY'])
        expect(reply.body).toContain(`<code>${name}</code>`);
      // The test build sets the site URL, so it is not named.
      expect(reply.body).not.toContain('<code>NEXT_PUBLIC_SITE_URL</code>');
      expect(reply.body).toContain('Connecting a real Clerk instance');
      expect(reply.body).toContain('npm run demo');
    },
  );

  it('keeps the not-configured page itself out of a site with Clerk keys', async () => {
    expect((await request('/sign-in-unavailable')).status).toBe(404);
  });

  it('answers the private API with JSON 503', async () => {
    const reply = await request('/api/private/me', { base });
    expect(reply.status).toBe(503);
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'auth_not_configured' });
  });

  it('never answers 500, not even to a request carrying a session cookie', async () => {
    for (const path of ['/', '/blog', '/dashboard', '/api/private/posts', '/no-such-page']) {
      const reply = await request(path, {
        base,
        headers: { cookie: '__session=abc; __client_uat=1' },
      });
      expect(reply.status).toBeLessThan(500 + (reply.status === 503 ? 4 : 0));
      expect(reply.body).not.toMatch(/Internal Server Error|at .*\.js:\d+/);
    }
  });
});
