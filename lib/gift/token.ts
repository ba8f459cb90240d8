import { createHmac, timingSafeEqual } from 'node:crypto';

import type { GiftKey } from './keys';

/** What a gift link grants: one post, given by one user, until a moment. */
export interface Gift {
  slug: string;
  /** The Clerk user id of whoever made the link. */
  giver: string;
  expiresAt: Date;
}

export type GiftCheck = { valid: true; gift: Gift } | { valid: false; reason: 'malformed' | 'unknown-key' | 'bad-signature' | 'expired' | 'other-post' };

/** Signed input starts with this, so that no other HMAC this site may one day make under the same key reads as a gift. */
const CONTEXT = 'masthead-gift-v1.';

interface Payload {
  k: string;
  s: string;
  u: string;
  e: number;
}

function signature(secret: Buffer, payload: string): Buffer {
  return createHmac('sha256', secret)
    .update(CONTEXT + payload)
    .digest();
}

/** `<payload>.<signature>`, both base64url: the payload names the key that signed it. */
export function signGift(gift: Gift, key: GiftKey): string {
  const payload: Payload = { k: key.id, s: gift.slug, u: gift.giver, e: Math.floor(gift.expiresAt.getTime() / 1000) };
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${encoded}.${signature(key.secret, encoded).toString('base64url')}`;
}

function readPayload(encoded: string): Payload | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { k, s, u, e } = value as Record<string, unknown>;
    if (typeof k !== 'string' || typeof s !== 'string' || typeof u !== 'string' || typeof e !== 'number' || !Number.isSafeInteger(e)) return undefined;
    return { k, s, u, e };
  } catch {
    return undefined;
  }
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Whether `token` is a gift of the post `slug`, signed by one of `keys` and not yet expired.
 * The signature is checked before anything the payload says is believed.
 */
export function verifyGift(token: string, slug: string, keys: readonly GiftKey[], now: Date = new Date()): GiftCheck {
  const [encoded, sent, ...rest] = token.split('.');
  if (!encoded || !sent || rest.length > 0 || !BASE64URL.test(encoded) || !BASE64URL.test(sent)) return { valid: false, reason: 'malformed' };
  const payload = readPayload(encoded);
  if (!payload) return { valid: false, reason: 'malformed' };
  const key = keys.find((candidate) => candidate.id === payload.k);
  if (!key) return { valid: false, reason: 'unknown-key' };
  const expected = signature(key.secret, encoded);
  const given = Buffer.from(sent, 'base64url');
  // Re-encoding catches a signature with trailing bits that base64url decoding would silently drop.
  if (given.length !== expected.length || given.toString('base64url') !== sent || !timingSafeEqual(given, expected)) {
    return { valid: false, reason: 'bad-signature' };
  }
  if (payload.s !== slug) return { valid: false, reason: 'other-post' };
  const expiresAt = new Date(payload.e * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { valid: false, reason: 'expired' };
  return { valid: true, gift: { slug: payload.s, giver: payload.u, expiresAt } };
}
