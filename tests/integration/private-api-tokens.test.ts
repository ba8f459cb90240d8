import { describe, expect, it } from 'vitest';

import { as, bearer, machine, request } from '../support/http';

describe('token types on the private API', () => {
  it('accepts a browser session, as a cookie or a Bearer token', async () => {
    expect((await request('/api/private/posts', { headers: await as('member') })).status).toBe(200);
    expect((await request('/api/private/posts', { headers: await bearer('member') })).status).toBe(
      200,
    );
  });

  it('refuses a machine token on a member endpoint', async () => {
    const reply = await request('/api/private/me', { headers: await machine() });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'unauthenticated' });
  });

  it('refuses an API key Clerk does not know', async () => {
    const reply = await request('/api/private/me', {
      headers: { authorization: 'Bearer ak_offline_unverifiable' },
    });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'unauthenticated' });
  });

  it.each([
    ['garbage', 'Bearer not-a-token'],
    ['empty', 'Bearer '],
    ['a JWT with a broken signature', 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEifQ.AAAA'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
  ])('refuses a malformed token (%s) with a JSON 401', async (_label, authorization) => {
    const reply = await request('/api/private/me', { headers: { authorization } });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'unauthenticated' });
  });
});
