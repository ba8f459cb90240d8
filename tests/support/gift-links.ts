import { randomBytes } from 'node:crypto';

import { parseGiftKeys } from '@/lib/auth/gift/keys';
import { giftPath } from '@/lib/auth/gift/paths';
import { sealGift } from '@/lib/auth/gift/token';

const DAY_MS = 86_400_000;

/** A gift token sealed as the site would seal it, with the key of a `kid:secret` entry of MASTHEAD_GIFT_SECRET. */
export function mintGiftToken(
  entry: string,
  slug: string,
  expiresAt = new Date(Date.now() + 14 * DAY_MS),
): string {
  const keys = parseGiftKeys(entry);
  if (!keys.on) throw new Error(keys.why);
  return sealGift({ slug, expiresAt }, keys.keys[0]);
}

/** The token with one character of its `index`th part changed (0 header, 2 IV, 3 ciphertext, 4 tag). */
export function alterPart(token: string, index: number): string {
  const parts = token.split('.');
  const part = parts[index] ?? '';
  parts[index] = `${part[0] === 'A' ? 'B' : 'A'}${part.slice(1)}`;
  return parts.join('.');
}

/** A link in the format before sealed tokens (base64 JSON naming the giver, then an HMAC): no longer accepted. */
function oldFormat(slug: string): string {
  const claims = Buffer.from(
    JSON.stringify({
      k: 'new',
      s: slug,
      u: 'user_subscriber',
      e: Math.floor(Date.now() / 1000) + 86_400,
    }),
  ).toString('base64url');
  return `${claims}.${randomBytes(32).toString('base64url')}`;
}

/**
 * Every way a link to `slug` can be wrong, as paths: none may open the post. `entry` is a key the
 * site accepts; `otherSlug` is another published gated post.
 */
export function invalidGiftPaths(
  entry: string,
  slug: string,
  otherSlug: string,
): { variant: string; path: string }[] {
  const valid = mintGiftToken(entry, slug);
  const retired = `retired:${randomBytes(32).toString('base64url')}`;
  const tokens: [string, string][] = [
    ['not a token', 'not-a-token'],
    ['tampered ciphertext', alterPart(valid, 3)],
    ['tampered tag', alterPart(valid, 4)],
    ['truncated', valid.slice(0, -8)],
    ['header without the rest', valid.split('.')[0]!],
    ['old format', oldFormat(slug)],
    ['expired', mintGiftToken(entry, slug, new Date(Date.now() - 60_000))],
    ['revoked: its key rotated out', mintGiftToken(retired, slug)],
    ['another post’s link', mintGiftToken(entry, otherSlug)],
  ];
  return tokens.map(([variant, token]) => ({ variant, path: giftPath(slug, token) }));
}
