import { describe, expect, inject, it } from 'vitest';

import { request } from '../support/http';

/** A fresh clone built and started with no Clerk variable at all. */
describe('a site without Clerk keys', () => {
  const base = inject('noKeysUrl');

  it.each(['/', '/blog', '/blog/static-first-publishing', '/pricing'])('still serves %s', async (path) => {
    const reply = await request(path, { base });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('Masthead');
  });

  it.each(['/dashboard', '/dashboard/posts/pricing-a-membership-tier', '/settings', '/sign-in', '/sign-up'])(
    'answers %s with 503 and the variables to set',
    async (path) => {
      const reply = await request(path, { base, headers: { accept: 'text/html' } });
      expect(reply.status).toBe(503);
      expect(reply.body).toContain('NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY');
      expect(reply.body).toContain('CLERK_SECRET_KEY');
    },
  );

  it('answers the private API with JSON 503', async () => {
    const reply = await request('/api/private/me', { base });
    expect(reply.status).toBe(503);
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'auth_not_configured' });
  });

  it('never answers 500, not even to a request carrying a session cookie', async () => {
    for (const path of ['/', '/blog', '/dashboard', '/api/private/posts', '/no-such-page']) {
      const reply = await request(path, { base, headers: { cookie: '__session=abc; __client_uat=1' } });
      expect(reply.status).toBeLessThan(500 + (reply.status === 503 ? 4 : 0));
      expect(reply.body).not.toMatch(/Internal Server Error|at .*\.js:\d+/);
    }
  });
});
