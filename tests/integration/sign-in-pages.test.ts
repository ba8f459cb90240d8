import { describe, expect, it } from 'vitest';

import { request } from '../support/http';

describe('the sign-in and sign-up pages', () => {
  it.each(['/sign-in', '/sign-up'])(
    '%s answers 200 and loads Clerk for its component',
    async (path) => {
      const reply = await request(path);
      expect(reply.status).toBe(200);
      expect(reply.body).toMatch(/clerk\.example\.com|clerk-js|__clerk/i);
    },
  );
});
