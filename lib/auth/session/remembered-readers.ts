import { LRUCache } from 'lru-cache';

import type { SignedInViewer } from '../policy';

/**
 * Every part of a request that Clerk's `authenticateRequest` reads (its AuthenticateContext in
 * @clerk/backend: the session and client cookies, the bearer, the headers that decide a handshake)
 * besides the query, which the key takes whole: two requests alike in all of them get the same
 * answer from Clerk until the session token expires.
 */
const CLERK_INPUTS = [
  'cookie',
  'authorization',
  'host',
  'origin',
  'referer',
  'sec-fetch-dest',
  'accept',
  'user-agent',
  'x-forwarded-host',
  'x-forwarded-proto',
  'cloudfront-forwarded-proto',
] as const;

export interface ClerkInputs {
  headers: { get(name: string): string | null };
  search: string;
}

/** The request's Clerk inputs, joined: the remembered readers' key (hashed by the caller). */
export function clerkInputsOf({ headers, search }: ClerkInputs): string {
  return [...CLERK_INPUTS.map((name) => headers.get(name) ?? ''), search].join('\n');
}

interface Remembered {
  viewer: SignedInViewer;
  /** The verified token's `exp`, in ms: the reader is not remembered past it. */
  until: number;
}

/**
 * Readers Clerk verified, by the hash of their request's Clerk inputs, until their session token
 * expires (60 s after Clerk issues it): a browser's next request with the same token costs a
 * lookup, not a verification. Only a signed-in answer is kept; anything else is checked again.
 * At most `limit` entries, the least recently used dropped first.
 */
export function rememberedReaders(limit: number) {
  const entries = new LRUCache<string, Remembered>({ max: limit });
  return {
    get(key: string, now: number = Date.now()): SignedInViewer | undefined {
      const found = entries.get(key);
      if (!found) return undefined;
      if (found.until > now) return found.viewer;
      entries.delete(key);
      return undefined;
    },
    set(key: string, viewer: SignedInViewer, until: number, now: number = Date.now()): void {
      if (until > now) entries.set(key, { viewer, until });
    },
    get size() {
      return entries.size;
    },
  };
}
