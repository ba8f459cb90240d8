import { CompactEncrypt, compactDecrypt } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ANONYMOUS, maxGiftDays, mayGift, type Viewer } from '@/lib/auth/policy';
import { makeGift, openGift } from '@/lib/auth/gift/gifts';
import { type GiftKey, giftKey, parseGiftKeys } from '@/lib/auth/gift/keys';
import { sealGift, verifyGift } from '@/lib/auth/gift/token';

import { publishedSlugs, unreleasedPosts } from '../support/gated-text';
import { alterPart } from '../support/gift-links';

const member: Viewer = { kind: 'signed-in', userId: 'user_member', premium: false, editor: false };
const subscriber: Viewer = { ...member, userId: 'user_subscriber', premium: true };
const editor: Viewer = { ...member, userId: 'user_editor', editor: true };
const pending: Viewer = { kind: 'anonymous', pendingTask: true };

const key = (id: string, fill: string): GiftKey => giftKey(id, fill.repeat(32));
const current = key('2026-12', 'a');
const previous = key('2026-06', 'b');
const now = new Date('2026-12-01T09:00:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);
const gift = { slug: 'metered-paywalls-on-static-sites', expiresAt: inDays(14) };

describe('who may gift what', () => {
  it.each([
    ['public', subscriber, false],
    ['public', editor, false],
    ['members', ANONYMOUS, false],
    ['members', pending, false],
    ['members', member, true],
    ['members', subscriber, true],
    ['members', editor, true],
    ['premium', ANONYMOUS, false],
    ['premium', member, false],
    ['premium', subscriber, true],
    ['premium', editor, true],
  ] as const)('%s post, viewer %j: %s', (access, viewer, allowed) => {
    expect(mayGift(access, viewer)).toBe(allowed);
  });

  it('lets links last 14 days, an editor’s up to a year', () => {
    expect([maxGiftDays(member), maxGiftDays(subscriber), maxGiftDays(editor)]).toEqual([
      14, 14, 365,
    ]);
  });
});

describe('a gift token', () => {
  const token = sealGift(gift, current);

  it('verifies for its post until it expires', () => {
    expect(verifyGift(token, gift.slug, [current], now)).toEqual({ valid: true, gift });
    expect(verifyGift(token, gift.slug, [current], inDays(13.9)).valid).toBe(true);
    expect(verifyGift(token, gift.slug, [current], inDays(14))).toEqual({
      valid: false,
      reason: 'expired',
    });
  });

  it('opens no other post', () => {
    expect(verifyGift(token, 'static-first-publishing', [current], now)).toEqual({
      valid: false,
      reason: 'other-post',
    });
  });

  it('keeps working after a rotation while its key is listed, and stops when the key is removed', () => {
    const older = sealGift(gift, previous);
    expect(verifyGift(older, gift.slug, [current, previous], now).valid).toBe(true);
    expect(verifyGift(older, gift.slug, [current], now)).toEqual({
      valid: false,
      reason: 'unknown-key',
    });
  });

  it('fails under another secret with the same key id', () => {
    expect(verifyGift(token, gift.slug, [key(current.id, 'c')], now)).toEqual({
      valid: false,
      reason: 'not-authentic',
    });
  });

  it('fails when any character of any part is changed, including the key id in its header', () => {
    for (const part of [0, 2, 3, 4]) {
      expect(
        verifyGift(alterPart(token, part), gift.slug, [current, previous], now).valid,
        `part ${part}`,
      ).toBe(false);
    }
    const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    for (const change of [
      { kid: previous.id },
      { alg: 'A256KW' },
      { enc: 'A128GCM' },
      { zip: 'DEF' },
    ]) {
      const forged = [
        Buffer.from(JSON.stringify({ ...header, ...change })).toString('base64url'),
        ...token.split('.').slice(1),
      ].join('.');
      expect(
        verifyGift(forged, gift.slug, [current, previous], now).valid,
        JSON.stringify(change),
      ).toBe(false);
    }
  });

  it('fails when it is truncated, padded or in the old signed format', () => {
    const oldFormat = `${Buffer.from(JSON.stringify({ k: current.id, s: gift.slug, u: 'user_subscriber', e: 2e9 })).toString('base64url')}.c2ln`;
    const variants = [
      token.slice(0, -1),
      token.slice(0, -10),
      token.split('.')[0]!,
      `${token}A`,
      `${token}.x`,
      '',
      '.',
      '....',
      'x.y',
      oldFormat,
    ];
    for (const variant of variants)
      expect(verifyGift(variant, gift.slug, [current], now).valid, variant).toBe(false);
  });

  it('is a standard compact JWE (dir, A256GCM): jose opens ours, and we open jose’s', async () => {
    const opened = await compactDecrypt(token, current.key);
    expect(opened.protectedHeader).toEqual({ alg: 'dir', enc: 'A256GCM', kid: current.id });
    expect(JSON.parse(new TextDecoder().decode(opened.plaintext))).toEqual({
      slug: gift.slug,
      exp: gift.expiresAt.getTime() / 1000,
    });
    const claims = new TextEncoder().encode(
      JSON.stringify({ slug: gift.slug, exp: gift.expiresAt.getTime() / 1000 }),
    );
    const fromJose = await new CompactEncrypt(claims)
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', kid: current.id })
      .encrypt(current.key);
    expect(verifyGift(fromJose, gift.slug, [current], now)).toEqual({ valid: true, gift });
  });

  it('shows no user id, however it is decoded', async () => {
    vi.stubEnv('MASTHEAD_GIFT_SECRET', `${current.id}:${'a'.repeat(32)}`);
    const made = makeGift(publishedSlugs('premium')[0]!, subscriber, undefined, now);
    vi.unstubAllEnvs();
    if (made.kind !== 'created') throw new Error(`expected a link, got ${JSON.stringify(made)}`);
    const url = decodeURIComponent(made.url);
    const sealed = url.split('/').at(-1)!;
    const opened = await compactDecrypt(sealed, current.key);
    const readings = [
      url,
      ...sealed
        .split('.')
        .flatMap((part) =>
          [Buffer.from(part, 'base64url'), Buffer.from(part, 'base64')].map((bytes) =>
            bytes.toString('latin1'),
          ),
        ),
      Buffer.from(sealed.replaceAll('.', ''), 'base64url').toString('latin1'),
      new TextDecoder().decode(opened.plaintext),
      JSON.stringify(opened.protectedHeader),
    ];
    for (const reading of readings) {
      expect(reading).not.toContain(subscriber.userId);
      expect(reading).not.toMatch(/user_|"u"|giver/);
    }
  });

  it('is different each time, so two links to one post cannot be told apart as one giver’s', () => {
    expect(sealGift(gift, current)).not.toBe(sealGift(gift, current));
  });
});

describe('MASTHEAD_GIFT_SECRET', () => {
  it('holds kid:secret pairs, newest first', () => {
    const keys = parseGiftKeys(`new:${'n'.repeat(32)}, old:${'o'.repeat(40)}`);
    expect(keys.on && keys.keys).toEqual([
      giftKey('new', 'n'.repeat(32)),
      giftKey('old', 'o'.repeat(40)),
    ]);
    expect(keys.on && keys.keys.map((k) => k.key.length)).toEqual([32, 32]);
  });

  it.each([
    [undefined, 'is not set'],
    ['  ', 'is not set'],
    ['x'.repeat(40), 'must be "keyid:secret"'],
    [`a b:${'x'.repeat(32)}`, 'must be "keyid:secret"'],
    ['k:short', 'shorter than 32 characters'],
    [`k:${'x'.repeat(32)},k:${'y'.repeat(32)}`, 'appears twice'],
  ])('turns gifting off for %j and says why', (value, why) => {
    const keys = parseGiftKeys(value);
    expect(keys.on).toBe(false);
    expect(!keys.on && keys.why).toContain(why);
  });
});

describe('making and opening a link', () => {
  afterEach(() => vi.unstubAllEnvs());
  const premium = publishedSlugs('premium')[0]!;
  const members = publishedSlugs('members')[0]!;
  const tokenOf = (url: string) => new URL(url).pathname.split('/')[3]!;

  it('gives a subscriber a 14-day link that opens the full text of that post only', () => {
    vi.stubEnv('MASTHEAD_GIFT_SECRET', `new:${'n'.repeat(32)}`);
    const made = makeGift(premium, subscriber, undefined, now);
    if (made.kind !== 'created') throw new Error(`expected a link, got ${JSON.stringify(made)}`);
    expect(made.url).toMatch(
      new RegExp(`/gift/${premium}/[\\w-]+\\.\\.[\\w-]+\\.[\\w-]+\\.[\\w-]+$`),
    );
    expect(made.expiresAt).toEqual(inDays(14));
    expect(openGift(premium, tokenOf(made.url), now).kind).toBe('full');
    expect(openGift(members, tokenOf(made.url), now).kind).toBe('refused');
    expect(openGift(premium, tokenOf(made.url), inDays(15)).kind).toBe('refused');
  });

  it.each([
    [member, 'premium', undefined, 'forbidden'],
    [subscriber, 'members', 15, 'invalid'],
    [subscriber, 'members', 2.5, 'invalid'],
    [subscriber, 'members', 0, 'invalid'],
    [subscriber, 'members', '7', 'invalid'],
    [editor, 'premium', 365, 'created'],
    [editor, 'premium', 366, 'invalid'],
  ] as const)('for %j, a %s post for %j days: %s', (viewer, access, days, kind) => {
    vi.stubEnv('MASTHEAD_GIFT_SECRET', `new:${'n'.repeat(32)}`);
    expect(makeGift(access === 'premium' ? premium : members, viewer, days, now).kind).toBe(kind);
  });

  it('finds no draft or scheduled post to give', () => {
    vi.stubEnv('MASTHEAD_GIFT_SECRET', `new:${'n'.repeat(32)}`);
    for (const post of unreleasedPosts())
      expect(makeGift(post.slug, editor, undefined, now).kind, post.slug).toBe('not-found');
  });

  it('is off without a secret, and says why', () => {
    vi.stubEnv('MASTHEAD_GIFT_SECRET', '');
    expect(makeGift(premium, subscriber, undefined, now)).toEqual({
      kind: 'off',
      message: expect.stringContaining('MASTHEAD_GIFT_SECRET is not set'),
    });
  });
});
