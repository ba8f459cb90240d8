import { cp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import publicPosts from '@/.content/public.json';
import { REVALIDATE_SECONDS } from '@/lib/config';

import { testClerkEnv } from '../../scripts/lib/clerk-tokens';
import { rawRequest, request } from '../support/http';
import { type RunningSite, startSite } from '../../scripts/lib/next-site';
import { required } from '../support/required';
import { imageSuffixes } from '../support/share-images';

/**
 * What a request leaves behind on a server of its own, started here from a copy of the test build:
 * lines in its log (malformed requests, methods no route answers), and, with its clock moved, a 404
 * kept after the post it stood for was published.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const distDir = path.join(root, inject('distDir'));

const clockPort = Number(process.env.MASTHEAD_TEST_PORT || 4310) + 14;
const clockDist = `${inject('distDir')}-clock`;
const clockFile = path.join(root, clockDist, 'clock.txt');
const setClock = async (at: Date) => {
  await writeFile(clockFile, at.toISOString());
  // The server's clock polls the file every 50 ms.
  await new Promise((resolve) => setTimeout(resolve, 300));
};

const scheduled = publicPosts.find((post) => post.slug === 'embargoes-and-scheduled-posts')!;
const due = new Date(scheduled.date);

let site: RunningSite;

beforeAll(async () => {
  // A copy of the build, so that what this server keeps never reaches the shared test site.
  await rm(path.join(root, clockDist), { recursive: true, force: true });
  await cp(distDir, path.join(root, clockDist), {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) =>
      !['cache', 'standalone'].includes(path.relative(distDir, source).split(path.sep)[0] ?? ''),
  });
  await writeFile(clockFile, new Date(due.getTime() - 60_000).toISOString());
  const env = {
    NODE_OPTIONS: `--import ${path.join(root, 'tests', 'support', 'shifted-clock.mjs')}`,
    MASTHEAD_TEST_CLOCK_FILE: clockFile,
  };
  // The shared site's origin, so that this copy of its build serves the same site.
  site = await startSite({
    distDir: clockDist,
    port: clockPort,
    env: { ...testClerkEnv(), NEXT_PUBLIC_SITE_URL: inject('siteUrl'), ...env },
  });
  // startSite's own probe (`/robots.txt`) is logged when its answer closes, which on a busy machine
  // comes after startSite returns: let it land before the first test counts lines.
  for (let tries = 0; tries < 40 && !site.output().includes('"msg":"request"'); tries++)
    await new Promise((resolve) => setTimeout(resolve, 50));
});

afterAll(async () => {
  await site?.stop();
  await rm(path.join(root, clockDist), { recursive: true, force: true });
});

describe('malformed requests', () => {
  const long = `/blog/${'a'.repeat(4000)}`;
  it.each([
    ['/%ff', 400, '/%ff'],
    ['/%', 400, '/%'],
    ['/blog/%zz', 400, '/blog/%zz'],
    ['/%C0%AE', 400, '/%C0%AE'],
    ['/dashboard/%ff', 400, '/dashboard/%ff'],
    ['a 4,000-character post address', 404, long],
  ])(
    '%s answers %i with its request line and at most one other short log line, and no stack trace',
    async (_name, status, address) => {
      const before = site.output().length;
      const reply = await rawRequest(address, { base: site.url, headers: { accept: 'text/html' } });
      expect(reply.status).toBe(status);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const log = site.output().slice(before);
      expect(log, 'a stack trace in the log').not.toMatch(/^\s+at /m);
      const lines = log.split('\n').filter(Boolean);
      // Request lines are told apart by their id: a line of the start-up probe can reach this
      // process's pipe after the test began, on a busy machine.
      const id = required(reply.headers.get('x-request-id'), 'the request id on the answer');
      const own = lines.filter((line) => line.includes(`"reqId":"${id}"`));
      const others = lines.filter((line) => !line.includes('"msg":"request"'));
      expect(own).toHaveLength(1);
      expect(own[0]).toContain('"msg":"request"');
      expect(others.length).toBeLessThanOrEqual(1);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(500);
    },
  );
});

describe('methods no route answers', () => {
  // Node's HTTP parser refuses TRACK itself (400); TRACE reaches Next.js, whose proxy cannot take it.
  it.each([
    ['TRACE', '/dashboard', 405],
    ['TRACE', '/api/private/me', 405],
    ['TRACE', '/gift/a-post/a-token', 405],
    ['TRACE', '/blog', 405],
    ['TRACK', '/dashboard', 400],
  ])('%s %s answers %i with no stack trace in the log', async (method, address, status) => {
    const before = site.output().length;
    const reply = await rawRequest(address, { base: site.url, method });
    expect(reply.status).toBe(status);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const log = site.output().slice(before);
    expect(log, 'a stack trace in the log').not.toMatch(/^\s+at /m);
    expect(log).not.toContain('Error');
  });
});

/**
 * What a reader gets at the address, asked every 2 s until it is found, for at most
 * REVALIDATE_SECONDS and a little more: the 404 kept from before the date is fresh for that long
 * (Next ages its cache in real time, which the shifted clock leaves alone), then regenerated.
 */
async function requestUntilFound(address: string) {
  const until = performance.now() + (REVALIDATE_SECONDS + 10) * 1000;
  let reply = await request(address, { base: site.url });
  while (reply.status === 404 && performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    reply = await request(address, { base: site.url });
  }
  return reply;
}

describe('a scheduled post at its date', () => {
  it('has its page and share images once the clock reaches its date, though they were asked for before', async () => {
    const { og, twitter } = await imageSuffixes(site.url);
    const addresses = [
      `/blog/${scheduled.slug}`,
      `/blog/${scheduled.slug}/${og}`,
      `/blog/${scheduled.slug}/${twitter}`,
    ];
    await setClock(new Date(due.getTime() - 60_000));
    for (const address of addresses) {
      const reply = await request(address, { base: site.url });
      expect(reply.status, `${address} before its date`).toBe(404);
      const sharedMaxAge = Number(
        /s-maxage=(\d+)/.exec(reply.headers.get('cache-control') ?? '')?.[1] ?? 0,
      );
      expect(sharedMaxAge, `${address}: how long a CDN may keep the 404`).toBeLessThanOrEqual(
        REVALIDATE_SECONDS,
      );
    }
    await setClock(new Date(due.getTime() + 60_000));
    // Within REVALIDATE_SECONDS of its date, without a redeploy.
    const page = await requestUntilFound(required(addresses[0], 'a scheduled post’s address'));
    expect(page.status).toBe(200);
    expect(page.body).toContain(scheduled.title);
    for (const image of addresses.slice(1)) {
      const reply = await requestUntilFound(image);
      expect(reply.status, image).toBe(200);
      expect(reply.headers.get('content-type')).toBe('image/png');
    }
  }, 180_000);
});
