import { type NextFetchEvent, NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

import proxy from '@/proxy';

/** Without Clerk keys the proxy answers by itself, before Clerk (which would fail every route). */
const answer = async (path: string) => {
  const response = await proxy(
    new NextRequest(`http://localhost:3000${path}`),
    {} as NextFetchEvent,
  );
  return response?.status;
};

describe('the proxy of a site without Clerk keys', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('keeps the public site up and closes the gated routes with a 503', async () => {
    vi.stubEnv('NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY', '');
    vi.stubEnv('MASTHEAD_PRIVATE_SITE', 'false');
    expect(await answer('/blog')).toBe(200);
    expect(await answer('/dashboard/editor')).toBe(503);
    expect(await answer('/api/private/machine/export')).toBe(503);
  });

  it('closes a private preview site entirely rather than opening it', async () => {
    vi.stubEnv('NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY', '');
    vi.stubEnv('MASTHEAD_PRIVATE_SITE', 'true');
    for (const path of ['/', '/blog', '/blog/static-first-publishing', '/sign-in'])
      expect(await answer(path), path).toBe(503);
  });
});
