import 'server-only';

import {
  GIFT_DAYS,
  maxGiftDays,
  mayGift,
  type Offer,
  type SignedInViewer,
  type Viewer,
} from '@/lib/auth/policy';
import { getPublishedPost } from '@/lib/content/posts';
import { getRestrictedText } from '@/lib/content/restricted';
import type { TocEntry } from '@/lib/content/toc';
import type { PublicPost } from '@/lib/content/types';
import { operations } from '@/lib/observability/events';
import { absoluteUrl } from '@/lib/site-url';

import { type GiftKey, giftKeys } from './keys';
import { giftPath } from './paths';
import { type Gift, sealGift, verifyGift } from './token';

const DAY_MS = 24 * 60 * 60 * 1000;

export type GiftMade =
  | { kind: 'created'; url: string; expiresAt: Date }
  | { kind: 'not-found' }
  | { kind: 'forbidden'; message: string }
  | { kind: 'invalid'; message: string }
  | { kind: 'off'; message: string };

/** The lifetime asked for, in whole days from 1 to what this viewer may give; none means the default. */
export function readGiftDays(value: unknown, viewer: Viewer): number | { message: string } {
  const max = maxGiftDays(viewer);
  if (value === undefined || value === null) return Math.min(GIFT_DAYS, max);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    return { message: `expiresInDays must be a whole number of days from 1 to ${max}.` };
  }
  return value;
}

export type GiftRefusal = Extract<GiftMade, { kind: 'not-found' | 'forbidden' | 'off' }>;

type GiftPermit = { kind: 'permitted'; giver: SignedInViewer; signingKey: GiftKey };

/**
 * Whether this viewer may gift `slug` at all, and with which key: asked before anything of the
 * request (its body) is read.
 */
export function giftPermit(
  slug: string,
  viewer: Viewer,
  now: Date = new Date(),
): GiftPermit | GiftRefusal {
  const post = getPublishedPost(slug, now);
  if (!post) return { kind: 'not-found' };
  if (viewer.kind !== 'signed-in' || !mayGift(post.access, viewer)) {
    const why =
      post.access === 'public'
        ? 'it is public: share its address instead'
        : `it is a ${post.access} post and your plan does not include it`;
    return { kind: 'forbidden', message: `You cannot gift "${slug}": ${why}.` };
  }
  const keys = giftKeys();
  return keys.on
    ? { kind: 'permitted', giver: viewer, signingKey: keys.keys[0] }
    : { kind: 'off', message: keys.why };
}

/** A gift link to the published post `slug` from this viewer, lasting `days` (see readGiftDays). */
export function makeGift(
  slug: string,
  viewer: Viewer,
  days: unknown,
  now: Date = new Date(),
): GiftMade {
  const permit = giftPermit(slug, viewer, now);
  if (permit.kind !== 'permitted') return permit;
  const lifetime = readGiftDays(days, permit.giver);
  if (typeof lifetime !== 'number') return { kind: 'invalid', message: lifetime.message };
  const expiresAt = new Date(now.getTime() + lifetime * DAY_MS);
  const token = sealGift({ slug, expiresAt }, permit.signingKey);
  operations().gift('made');
  return { kind: 'created', url: absoluteUrl(giftPath(slug, token)), expiresAt };
}

export type GiftReading =
  | { kind: 'full'; post: PublicPost; bodyHtml: string; toc: TocEntry[]; gift: Gift; offer: Offer }
  | { kind: 'refused'; post: PublicPost; offer: Offer }
  | { kind: 'not-found' };

/**
 * What a gift link shows: the full post while the link is good, else the public preview. A post
 * that is not published (a draft, or scheduled again) or is public shows nothing, whatever the link.
 */
export function openGift(slug: string, token: string, now: Date = new Date()): GiftReading {
  const post = getPublishedPost(slug, now);
  // No link is ever made for a public post: its own address is the one to share.
  if (!post || post.access === 'public') return { kind: 'not-found' };
  const offer: Offer = post.access === 'members' ? 'sign-up' : 'subscribe';
  const keys = giftKeys();
  if (!keys.on) return { kind: 'refused', post, offer };
  const check = verifyGift(token, slug, keys.keys, now);
  operations().gift(check.valid ? 'opened' : 'refused');
  if (!check.valid) return { kind: 'refused', post, offer };
  const text = getRestrictedText(slug);
  if (!text)
    throw new Error(
      `The content build has no full text for the gated post "${slug}": run npm run content`,
    );
  return { kind: 'full', post, bodyHtml: text.bodyHtml, toc: text.toc, gift: check.gift, offer };
}
