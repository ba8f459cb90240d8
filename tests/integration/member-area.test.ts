import { describe, expect, it } from 'vitest';

import { as, bearer, request } from '../support/http';

describe('the member area', () => {
  it('sends an anonymous reader of /dashboard to sign in', async () => {
    const reply = await request('/dashboard');
    expect(reply.status).toBe(307);
    expect(reply.headers.get('location')).toMatch(/\/sign-in\?redirect_url=/);
  });

  it('opens /dashboard to a signed-in member, privately', async () => {
    const reply = await request('/dashboard', { headers: await as('member') });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('Your account');
    expect(reply.body).toContain('user_member');
    const cacheControl = reply.headers.get('cache-control') ?? '';
    expect(cacheControl).toContain('private');
    expect(cacheControl).toContain('no-store');
  });

  it('answers /api/private/me with JSON 401 and WWW-Authenticate when anonymous', async () => {
    const reply = await request('/api/private/me');
    expect(reply.status).toBe(401);
    expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(reply.headers.get('content-type')).toContain('application/json');
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'unauthenticated' });
  });

  it('answers /api/private/me with the user and what they may read', async () => {
    const reply = await request('/api/private/me', { headers: await as('subscriber') });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('private, no-store');
    expect(JSON.parse(reply.body)).toMatchObject({
      userId: 'user_subscriber',
      plan: 'premium',
      canRead: { premium: true },
    });
  });

  it('accepts a session token as a Bearer header', async () => {
    const reply = await request('/api/private/me', { headers: await bearer('member') });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({
      userId: 'user_member',
      plan: 'member',
      canRead: { premium: false },
    });
  });

  it.each(['forged', 'otherParty'] as const)(
    'treats a %s token as signed out',
    async (identity) => {
      expect((await request('/api/private/me', { headers: await bearer(identity) })).status).toBe(
        401,
      );
      const page = await request('/dashboard', { headers: await as(identity) });
      expect(page.status).toBe(307);
      expect(page.body).not.toContain('Your account');
    },
  );

  it('never serves member pages to an expired session; it sends the browser to refresh it', async () => {
    const page = await request('/dashboard', {
      headers: await as('expired', { accept: 'text/html' }),
    });
    expect(page.status).toBe(307);
    expect(page.headers.get('location')).toMatch(/handshake|sign-in/);
    expect(page.body).not.toContain('Your account');
    expect((await request('/api/private/me', { headers: await bearer('expired') })).status).toBe(
      401,
    );
  });

  it('sends a pending session to its task, and answers the API with 401', async () => {
    const page = await request('/dashboard', {
      headers: await as('pending', { accept: 'text/html' }),
    });
    expect(page.status).toBe(307);
    expect(page.headers.get('location')).toContain('/sign-in/tasks');
    const api = await request('/api/private/me', { headers: await as('pending') });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toMatchObject({ error: 'session_task_pending' });
  });

  it('keeps the public site open to a pending session', async () => {
    expect((await request('/blog', { headers: await as('pending') })).status).toBe(200);
  });
});
