import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import type { GiftKey } from './keys';

/**
 * What a gift link grants: one post until a moment. Who gave it is not part of it: a link is
 * forwarded, and whoever it reaches would learn the giver's account.
 */
export interface Gift {
  slug: string;
  expiresAt: Date;
}

export type GiftCheck =
  | { valid: true; gift: Gift }
  | {
      valid: false;
      reason: 'malformed' | 'unknown-key' | 'not-authentic' | 'expired' | 'other-post';
    };

/**
 * A token is a compact JWE (RFC 7516) with `dir` and `A256GCM`: the claims are encrypted and
 * authenticated under the key its protected header names, so any JOSE library holding the key
 * reads it. Made here with node:crypto rather than jose because jose only encrypts
 * asynchronously (Web Crypto), and the gift route makes its link synchronously.
 */
const ALG = 'dir';
const ENC = 'A256GCM';
const IV_BYTES = 12;
const TAG_BYTES = 16;

interface Claims {
  slug: string;
  /** Seconds since the epoch, as JWT's `exp`. */
  exp: number;
}

const base64url = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64url');

/** A sealed token for `gift` under `key`: a fresh random IV each time, so no two tokens are alike. */
export function sealGift(gift: Gift, key: GiftKey): string {
  const header = base64url(JSON.stringify({ alg: ALG, enc: ENC, kid: key.id }));
  const claims: Claims = { slug: gift.slug, exp: Math.floor(gift.expiresAt.getTime() / 1000) };
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv, { authTagLength: TAG_BYTES });
  // The protected header is the additional authenticated data: changing its key id breaks the tag.
  cipher.setAAD(Buffer.from(header, 'ascii'));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(claims), 'utf8'), cipher.final()]);
  // The empty part is the encrypted key, which `dir` (the key itself encrypts the content) leaves out.
  return [header, '', base64url(iv), base64url(ciphertext), base64url(cipher.getAuthTag())].join(
    '.',
  );
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The bytes of a base64url part, or null when it is not the one canonical spelling of them. */
function decoded(part: string): Buffer | null {
  if (!BASE64URL.test(part)) return null;
  const bytes = Buffer.from(part, 'base64url');
  // Re-encoding catches trailing bits that decoding would silently drop.
  return bytes.toString('base64url') === part ? bytes : null;
}

function readJson(bytes: Buffer): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The key id of a protected header this site would have written, and nothing else (no `zip`, no `crit`). */
function keyIdOf(header: Record<string, unknown>): string | null {
  const { alg, enc, kid, ...rest } = header;
  return alg === ALG && enc === ENC && typeof kid === 'string' && Object.keys(rest).length === 0
    ? kid
    : null;
}

function decrypt(
  key: GiftKey,
  header: string,
  iv: Buffer,
  ciphertext: Buffer,
  tag: Buffer,
): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(header, 'ascii'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    return null;
  }
}

/**
 * Whether `token` is a gift of the post `slug`, sealed by one of `keys` and not yet expired.
 * Nothing the claims say is read before the tag has proved them unchanged.
 */
export function verifyGift(
  token: string,
  slug: string,
  keys: readonly GiftKey[],
  now: Date = new Date(),
): GiftCheck {
  const parts = token.split('.');
  if (parts.length !== 5 || parts[1] !== '') return { valid: false, reason: 'malformed' };
  const [header = '', , ivPart = '', ciphertextPart = '', tagPart = ''] = parts;
  const headerBytes = decoded(header);
  const iv = decoded(ivPart);
  const ciphertext = decoded(ciphertextPart);
  const tag = decoded(tagPart);
  if (
    !headerBytes ||
    !iv ||
    !ciphertext ||
    !tag ||
    iv.length !== IV_BYTES ||
    tag.length !== TAG_BYTES
  )
    return { valid: false, reason: 'malformed' };
  const fields = readJson(headerBytes);
  const kid = fields && keyIdOf(fields);
  if (!kid) return { valid: false, reason: 'malformed' };
  const key = keys.find((candidate) => candidate.id === kid);
  if (!key) return { valid: false, reason: 'unknown-key' };
  const plaintext = decrypt(key, header, iv, ciphertext, tag);
  if (!plaintext) return { valid: false, reason: 'not-authentic' };
  const claims = readJson(plaintext);
  if (
    !claims ||
    typeof claims.slug !== 'string' ||
    typeof claims.exp !== 'number' ||
    !Number.isSafeInteger(claims.exp)
  )
    return { valid: false, reason: 'malformed' };
  if (claims.slug !== slug) return { valid: false, reason: 'other-post' };
  const expiresAt = new Date(claims.exp * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { valid: false, reason: 'expired' };
  return { valid: true, gift: { slug: claims.slug, expiresAt } };
}
