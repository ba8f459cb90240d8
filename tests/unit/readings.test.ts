import { describe, expect, it } from 'vitest';

import publicPosts from '@/.content/public.json';
import { decide, maxGiftDays, mayGift, type SignedInViewer } from '@/lib/auth/policy';
import { newestGatedPostSlugs } from '@/lib/content/gated-posts';
import { READING_CLASSES, readerOfClass, readingClassOf } from '@/lib/auth/proxy/readings/classes';
import { namesReadings, readingHref, readingLock } from '@/lib/auth/proxy/readings/lock';
import { gatedPostOfPath } from '@/lib/auth/proxy/readings/rewrite';

const readers: Record<string, SignedInViewer> = {
  member: { kind: 'signed-in', userId: 'user_m', premium: false, editor: false },
  subscriber: { kind: 'signed-in', userId: 'user_s', premium: true, editor: false },
  editor: { kind: 'signed-in', userId: 'user_e', premium: false, editor: true },
  'subscribing editor': { kind: 'signed-in', userId: 'user_se', premium: true, editor: true },
};
const GATED = ['members', 'premium'] as const;

describe('a signed-in reader’s rendering of a gated post', () => {
  it.each(Object.entries(readers))(
    'gives a %s the rendering of a class that the rules treat exactly like them',
    (_, reader) => {
      for (const access of GATED) {
        const stand = readerOfClass(readingClassOf(access, reader));
        expect(decide(access, stand), access).toEqual(decide(access, reader));
        expect(mayGift(access, stand), access).toBe(mayGift(access, reader));
        if (mayGift(access, reader)) expect(maxGiftDays(stand), access).toBe(maxGiftDays(reader));
      }
    },
  );

  it('tells apart every class the rules tell apart, and needs no other', () => {
    const seen = new Set(
      Object.values(readers).flatMap((reader) =>
        GATED.map((access) => readingClassOf(access, reader)),
      ),
    );
    expect([...seen].sort()).toEqual([...READING_CLASSES].sort());
  });
});

describe('the readings’ address', () => {
  it('holds a lock of its own for each post and class, too long to be guessed', () => {
    expect(readingLock('a-post', 'full')).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(readingHref('a-post', 'full')).toBe(
      `/gated-reading/${readingLock('a-post', 'full')}/a-post/full`,
    );
    const locks = ['a-post', 'another-post'].flatMap((slug) =>
      READING_CLASSES.map((reading) => readingLock(slug, reading)),
    );
    expect(new Set(locks).size).toBe(locks.length);
  });

  it.each([
    '/gated-reading/x/y/full',
    '/gated-reading',
    '//gated-reading/x',
    '/GATED-Reading/x',
    '/%67ated-reading/x',
    '/blog/..%2Fgated-reading/x',
    '/gated-reading%2Fx',
    '/x\\gated-reading\\y',
  ])('is refused by the proxy however it is spelled: %s', (path) => {
    expect(namesReadings(path)).toBe(true);
  });

  it.each(['/blog/gated-reading-notes', '/blog/a-post', '/tags/reading'])(
    'leaves other addresses alone: %s',
    (path) => {
      expect(namesReadings(path)).toBe(false);
    },
  );
});

describe('which requests the proxy rewrites', () => {
  const gated = newestGatedPostSlugs(1)[0] ?? '';

  it('knows the published gated posts by their one address only', () => {
    expect(gated).not.toBe('');
    expect(gatedPostOfPath(`/blog/${gated}`, new Date('2100-01-01'))?.slug).toBe(gated);
    expect(gatedPostOfPath(`/blog/${gated}/`, new Date('2100-01-01'))).toBeUndefined();
    expect(gatedPostOfPath(`/gift/${gated}`, new Date('2100-01-01'))).toBeUndefined();
    expect(gatedPostOfPath('/blog/no-such-post', new Date('2100-01-01'))).toBeUndefined();
  });

  it('leaves a gated post to the public page (a 404) until its date', () => {
    expect(gatedPostOfPath(`/blog/${gated}`, new Date('2000-01-01'))).toBeUndefined();
  });

  it('never rewrites a public post', () => {
    const open = publicPosts.find((post) => post.access === 'public');
    expect(open).toBeDefined();
    expect(gatedPostOfPath(`/blog/${open?.slug}`, new Date('2100-01-01'))).toBeUndefined();
  });
});
