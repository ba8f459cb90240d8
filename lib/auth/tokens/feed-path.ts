import { createHmac, timingSafeEqual } from 'node:crypto';

import { readEnv } from '@/lib/env.mjs';
import { FEED_URL_PREFIX } from '@/lib/paths';

import { type MachineBearer, machineBearer } from './bearer';

/** Whether a path is a private feed URL's (`/api/private/feed/<key>.<tag>`), whatever it holds. */
export function isFeedUrlPath(pathname: string): boolean {
  return pathname.startsWith(`${FEED_URL_PREFIX}/`);
}

const TAG_BYTES = 16;

/**
 * The key a feed URL's tag is made with, derived from Clerk's secret key: every copy of the site
 * has it, nobody outside does, and a feed key is only good for that instance anyway.
 */
function tagKey(clerkSecretKey: string): Buffer {
  return createHmac('sha256', clerkSecretKey).update('masthead private feed URL').digest();
}

function tagOf(key: string, clerkSecretKey: string): string {
  return createHmac('sha256', tagKey(clerkSecretKey))
    .update(key)
    .digest()
    .subarray(0, TAG_BYTES)
    .toString('base64url');
}

/**
 * The last segment of a feed key's URL: the key, a dot, and a MAC of the key (128 bits), so that
 * the site tells a URL it made from a made-up one without asking Clerk. A flood of made-up URLs
 * then costs no call and spends none of the budget new real keys need.
 */
export function taggedFeedKey(
  key: string,
  clerkSecretKey: string | undefined = readEnv('CLERK_SECRET_KEY'),
): string {
  if (!clerkSecretKey) throw new Error('CLERK_SECRET_KEY is not set: feed URLs cannot be made');
  return `${key}.${tagOf(key, clerkSecretKey)}`;
}

/**
 * A private feed URL's key, as if it had been sent as a Bearer token, once its tag is checked.
 * Anything else in its place (no tag, a wrong one, a URL made before feed URLs had tags) is
 * refused without a call.
 */
export function feedKeyBearer(
  segment: string,
  clerkSecretKey: string | undefined = readEnv('CLERK_SECRET_KEY'),
): MachineBearer {
  const dot = segment.lastIndexOf('.');
  const key = segment.slice(0, dot);
  const tag = Buffer.from(segment.slice(dot + 1));
  const expected = dot > 0 && clerkSecretKey ? Buffer.from(tagOf(key, clerkSecretKey)) : null;
  const tagged =
    expected !== null && tag.length === expected.length && timingSafeEqual(tag, expected);
  return (
    (tagged ? machineBearer(`Bearer ${key}`) : null) ?? {
      kind: 'api_key',
      token: segment,
      wellFormed: false,
    }
  );
}

/** The key a private feed URL's path carries, or null for any other path. */
export function feedKeyFromPath(
  pathname: string,
  clerkSecretKey: string | undefined = readEnv('CLERK_SECRET_KEY'),
): MachineBearer | null {
  if (!isFeedUrlPath(pathname)) return null;
  const segment = pathname.slice(FEED_URL_PREFIX.length + 1);
  return segment === '' || segment.includes('/') ? null : feedKeyBearer(segment, clerkSecretKey);
}
