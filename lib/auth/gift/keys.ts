import { hkdfSync } from 'node:crypto';

import { readEnv } from '@/lib/env.mjs';

/** The variable holding the secrets gift links are sealed with (docs/gate-and-security.md, "Gift links"). */
export const GIFT_SECRET_VARIABLE = 'MASTHEAD_GIFT_SECRET';

export interface GiftKey {
  /** Travels in the token's header, so that a verifier picks the key without trying each. */
  id: string;
  /** The AES-256-GCM key, derived from the secret (giftKey). */
  key: Buffer;
}

/**
 * Binds the derived key to this one use, so that the same secret, should it ever serve something
 * else, yields an unrelated key there.
 */
const KEY_INFO = 'masthead gift link, JWE dir A256GCM';

/** A gift key from one `kid:secret` entry: HKDF-SHA256 turns a secret of any length into 256 bits. */
export function giftKey(id: string, secret: string): GiftKey {
  return { id, key: Buffer.from(hkdfSync('sha256', secret, id, KEY_INFO, 32)) };
}

/** Newest first: the first key seals, every listed key opens. */
export type GiftKeys = { on: true; keys: [GiftKey, ...GiftKey[]] } | { on: false; why: string };

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
/** The derived key has 256 bits: a shorter secret would be the weak link. */
export const MIN_SECRET_LENGTH = 32;

/**
 * Reads `MASTHEAD_GIFT_SECRET`: `kid:secret` pairs separated by commas, newest first, e.g.
 * `2026-12:…,2026-06:…`. Removing a pair revokes every link its key sealed.
 */
export function parseGiftKeys(value: string | undefined): GiftKeys {
  const off = (why: string): GiftKeys => ({ on: false, why });
  if (!value?.trim())
    return off(`Gift links are off on this site: ${GIFT_SECRET_VARIABLE} is not set.`);
  const keys: GiftKey[] = [];
  for (const pair of value.split(',').map((part) => part.trim())) {
    const colon = pair.indexOf(':');
    const id = pair.slice(0, colon);
    const secret = pair.slice(colon + 1);
    if (colon < 0 || !KEY_ID.test(id)) {
      return off(
        `Gift links are off on this site: each entry of ${GIFT_SECRET_VARIABLE} must be "keyid:secret", the key id of letters, digits, - or _.`,
      );
    }
    if (secret.length < MIN_SECRET_LENGTH) {
      return off(
        `Gift links are off on this site: the secret of key "${id}" in ${GIFT_SECRET_VARIABLE} is shorter than ${MIN_SECRET_LENGTH} characters.`,
      );
    }
    if (keys.some((key) => key.id === id))
      return off(
        `Gift links are off on this site: key id "${id}" appears twice in ${GIFT_SECRET_VARIABLE}.`,
      );
    keys.push(giftKey(id, secret));
  }
  const [newest, ...older] = keys;
  return newest
    ? { on: true, keys: [newest, ...older] }
    : off(`Gift links are off on this site: ${GIFT_SECRET_VARIABLE} holds no key.`);
}

/** The keys of this server, read from its environment when asked (never built in). */
export function giftKeys(): GiftKeys {
  return parseGiftKeys(readEnv('MASTHEAD_GIFT_SECRET'));
}
