import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';

import { parseGiftKeys } from '../lib/auth/gift/keys';
import { sealGift, verifyGift } from '../lib/auth/gift/token';

/**
 * `npm run bench:gift`: how many gift tokens one core seals and verifies per second, with three
 * keys listed (as during a rotation) and the link sealed by the oldest.
 */
const keys = parseGiftKeys(
  ['new', 'mid', 'old'].map((id) => `${id}:${randomBytes(32).toString('base64url')}`).join(','),
);
if (!keys.on) throw new Error(keys.why);
const oldest = keys.keys.at(-1)!;
const slug = 'metered-paywalls-on-static-sites';
const gift = { slug, expiresAt: new Date(Date.now() + 14 * 86_400_000) };
const token = sealGift(gift, oldest);
const [header, encryptedKey, iv, ciphertext = '', tag] = token.split('.');
// One character of the ciphertext changed: decryption runs, and the tag refuses it.
const tampered = [
  header,
  encryptedKey,
  iv,
  `${ciphertext.startsWith('A') ? 'B' : 'A'}${ciphertext.slice(1)}`,
  tag,
].join('.');

function rate(label: string, run: () => unknown, seconds = 1) {
  for (let i = 0; i < 10_000; i++) run();
  let count = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    for (let i = 0; i < 1000; i++) run();
    count += 1000;
  }
  const elapsed = (performance.now() - started) / 1000;
  console.log(
    `bench:gift: ${label}: ${Math.round(count / elapsed).toLocaleString('en')} ops/s (${((elapsed / count) * 1e6).toFixed(2)} µs each)`,
  );
}

rate('seal', () => sealGift(gift, keys.keys[0]));
rate('verify (valid)', () => verifyGift(token, slug, keys.keys));
rate('verify (tampered)', () => verifyGift(tampered, slug, keys.keys));
rate('verify (not a token)', () => verifyGift('not-a-token', slug, keys.keys));
