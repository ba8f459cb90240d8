import { randomBytes } from 'node:crypto';

import { parseGiftKeys } from '@/lib/gift/keys';
import { giftPath } from '@/lib/gift/paths';
import { signGift } from '@/lib/gift/token';

const DAY_MS = 86_400_000;

/** A gift token signed as the site would sign it, with the key of a `kid:secret` entry of MASTHEAD_GIFT_SECRET. */
export function mintGiftToken(entry: string, slug: string, expiresAt = new Date(Date.now() + 14 * DAY_MS), giver = 'user_subscriber'): string {
  const keys = parseGiftKeys(entry);
  if (!keys.on) throw new Error(keys.why);
  return signGift({ slug, giver, expiresAt }, keys.keys[0]);
}

function tamper(token: string): string {
  const last = token.at(-1) === 'A' ? 'B' : 'A';
  return `${token.slice(0, -1)}${last}`;
}

function withLongerLife(token: string): string {
  const [payload, signature] = token.split('.') as [string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { e: number };
  return `${Buffer.from(JSON.stringify({ ...claims, e: claims.e + 365 * 86_400 })).toString('base64url')}.${signature}`;
}

/**
 * Every way a link to `slug` can be wrong, as paths: none may open the post. `entry` is a key the
 * site accepts; `otherSlug` is another published gated post.
 */
export function invalidGiftPaths(entry: string, slug: string, otherSlug: string): { variant: string; path: string }[] {
  const valid = mintGiftToken(entry, slug);
  const retired = `retired:${randomBytes(32).toString('base64url')}`;
  const tokens: [string, string][] = [
    ['not a token', 'not-a-token'],
    ['tampered signature', tamper(valid)],
    ['truncated', valid.slice(0, -8)],
    ['payload without signature', valid.split('.')[0]!],
    ['lifetime stretched in the payload', withLongerLife(valid)],
    ['expired', mintGiftToken(entry, slug, new Date(Date.now() - 60_000))],
    ['revoked: its key rotated out', mintGiftToken(retired, slug)],
    ['another post’s link', mintGiftToken(entry, otherSlug)],
  ];
  return tokens.map(([variant, token]) => ({ variant, path: giftPath(slug, token) }));
}
