import { FEED_URL_PREFIX } from '@/lib/paths';

import { type MachineBearer, machineBearer } from './bearer';

/** Whether a path is a private feed URL's (`/api/private/feed/<key>`), whatever the key. */
export function isFeedUrlPath(pathname: string): boolean {
  return pathname.startsWith(`${FEED_URL_PREFIX}/`);
}

/**
 * A private feed URL's key, as if it had been sent as a Bearer token. Whatever is in its place is
 * a key to check: one that is not even shaped like a key is refused without a call.
 */
export function feedKeyBearer(key: string): MachineBearer {
  return machineBearer(`Bearer ${key}`) ?? { kind: 'api_key', token: key, wellFormed: false };
}

/** The key a private feed URL's path carries (`/api/private/feed/<key>`), or null for any other path. */
export function feedKeyFromPath(pathname: string): MachineBearer | null {
  if (!isFeedUrlPath(pathname)) return null;
  const key = pathname.slice(FEED_URL_PREFIX.length + 1);
  return key === '' || key.includes('/') ? null : feedKeyBearer(key);
}

/** A path as it may be written to a log: a private feed URL loses its key. */
export function withoutFeedKey(pathname: string): string {
  return isFeedUrlPath(pathname) ? `${FEED_URL_PREFIX}/…` : pathname;
}
