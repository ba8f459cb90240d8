import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { nodeFs } from 'next/dist/server/lib/node-fs-methods';
import { SharedCacheControls } from 'next/dist/server/lib/incremental-cache/shared-cache-controls.external';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import FoundOnlyCache from '@/lib/cache/found-only-cache.cjs';

/** A rendered page as Next hands it to its cache. */
const page = (status: number) => ({
  kind: 'APP_PAGE',
  html: '<p>page</p>',
  rscData: Buffer.from('rsc'),
  headers: {},
  postponed: undefined,
  status,
  segmentData: undefined,
});
const cacheControl = { revalidate: 60, expire: 86400 };
/** Next's process-wide map of each cached address's lifetime (private in its types, public at run time). */
const lifetimes = (SharedCacheControls as unknown as { cacheControls: Map<string, unknown> }).cacheControls;

describe('the cache handler', () => {
  let serverDistDir: string;
  let cache: FoundOnlyCache;

  beforeEach(async () => {
    serverDistDir = await mkdtemp(path.join(os.tmpdir(), 'masthead-cache-'));
    cache = new FoundOnlyCache({ fs: nodeFs, serverDistDir, flushToDisk: true });
  });

  afterEach(async () => {
    await rm(serverDistDir, { recursive: true, force: true });
  });

  it('keeps a found page on disk, as Next does', async () => {
    await cache.set('/blog/a-post', page(200), { cacheControl });
    expect((await readdir(serverDistDir, { recursive: true })).map(String)).toContain(path.join('app', 'blog', 'a-post.html'));
  });

  it('keeps nothing of a 404, on disk or in the lifetimes Next remembers', async () => {
    lifetimes.set('/blog/no-such-post', cacheControl);
    await cache.set('/blog/no-such-post', page(404), { cacheControl });
    expect(await readdir(serverDistDir, { recursive: true })).toEqual([]);
    expect(lifetimes.has('/blog/no-such-post')).toBe(false);
  });
});
