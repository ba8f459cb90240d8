import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { listGatedPosts, readPost } from '@/lib/auth/readable-posts';
import { ANONYMOUS, type Viewer } from '@/lib/auth/policy';
import { REVALIDATE_SECONDS } from '@/lib/config';
import { getGatedPosts, getPublishedPost, getPublishedPosts } from '@/lib/content/posts';
import { isPublished, publishedAmong } from '@/lib/content/schedule';
import type { PostMeta } from '@/lib/content/types';

import { postMeta } from '../support/post-meta';

const meta = (slug: string, date: string, extra: Partial<PostMeta> = {}) =>
  postMeta(slug, { date, ...extra });

describe('scheduling', () => {
  const past = meta('past', '2026-05-01T00:00:00.000Z');
  const future = meta('future', '2026-12-01T09:00:00.000Z');
  const draft = meta('draft', '2026-04-01T00:00:00.000Z', { draft: true });
  const posts = [future, past, draft];

  it('keeps a post dated in the future out until its moment, then lets it in', () => {
    const before = new Date('2026-12-01T08:59:59.999Z');
    const at = new Date('2026-12-01T09:00:00.000Z');
    expect(publishedAmong(posts, before).map((p) => p.slug)).toEqual(['past']);
    expect(isPublished(future, before)).toBe(false);
    expect(publishedAmong(posts, at).map((p) => p.slug)).toEqual(['future', 'past']);
  });

  it('never publishes a draft, whatever its date', () => {
    expect(isPublished(draft, new Date('2100-01-01'))).toBe(false);
  });
});

describe('the scheduled demo post, through every public channel', () => {
  const slug = 'embargoes-and-scheduled-posts';
  const today = new Date('2026-11-26T12:00:00Z');
  const due = new Date('2027-06-01T09:00:00Z');
  const subscriber: Viewer = {
    kind: 'signed-in',
    userId: 'user_subscriber',
    premium: true,
    editor: false,
  };

  it('is absent from every public list and lookup before its date', () => {
    expect(getPublishedPosts(today).map((p) => p.slug)).not.toContain(slug);
    expect(getPublishedPost(slug, today)).toBeUndefined();
    expect(getGatedPosts(today).map((p) => p.slug)).not.toContain(slug);
    expect(readPost(slug, ANONYMOUS, today)).toEqual({ kind: 'not-found' });
    expect(readPost(slug, subscriber, today)).toEqual({ kind: 'not-found' });
    expect(listGatedPosts(subscriber, today).map((p) => p.post.slug)).not.toContain(slug);
  });

  it('appears when the clock reaches its date, with no rebuild', () => {
    expect(getPublishedPosts(due)[0]?.slug).toBe(slug);
    expect(getPublishedPost(slug, due)?.title).toBe('Embargoes, Scheduled Posts and the Clock');
    expect(readPost(slug, ANONYMOUS, due)).toMatchObject({ kind: 'full', post: { slug } });
  });
});

describe('revalidation', () => {
  const appDir = path.resolve(import.meta.dirname, '..', '..', 'app');
  const routeFile = /(^|\/)(page|layout|route|sitemap|robots)\.tsx?$/;

  // Next.js reads `revalidate` without evaluating imports, so each route writes the number
  // itself; this holds every route that lists or shows posts to the one value in lib/config.ts.
  it('regenerates every public route that reads posts every REVALIDATE_SECONDS', async () => {
    const entries = await readdir(appDir, { recursive: true });
    // The member area (with the pages its post route has rendered once), the private API and gift links are rendered per request.
    const perRequest = ['(members)', '(member-render)', 'api/private', '(gift)'];
    const routes = entries.filter(
      (entry) => routeFile.test(entry) && !perRequest.some((prefix) => entry.startsWith(prefix)),
    );
    const reading: string[] = [];
    for (const route of routes) {
      const source = await readFile(path.join(appDir, route), 'utf8');
      if (!/from '@\/lib\/content\/posts'/.test(source)) continue;
      reading.push(route);
      expect(source, route).toMatch(
        new RegExp(`^export const revalidate = ${REVALIDATE_SECONDS};$`, 'm'),
      );
    }
    expect(reading).toEqual(
      expect.arrayContaining([
        '(readers)/page.tsx',
        '(readers)/blog/page.tsx',
        '(readers)/blog/[slug]/page.tsx',
      ]),
    );
  });
});
