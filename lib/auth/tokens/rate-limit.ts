import { createHash } from 'node:crypto';

import { LRUCache } from 'lru-cache';

export interface RateLimits {
  /** Requests each credential may make per second, sustained. */
  perSecond: number;
  /** Requests a credential may make at once after a quiet spell. */
  burst: number;
  /** Credentials remembered at most (least recently used first out): a flood cannot grow memory. */
  maxEntries: number;
}

/**
 * 10 requests a second, 20 at once, per API key or OAuth access token: a reading app that syncs a
 * list and then fetches a page of posts stays under it, and one app looping on the API cannot
 * take more than that share of a server from the others. Per server process: with N copies
 * behind a load balancer a credential may make up to N times this.
 */
export const RATE_LIMITS: RateLimits = { perSecond: 10, burst: 20, maxEntries: 10_000 };

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  last: number;
}

/**
 * One token bucket per credential, refilled continuously. Credentials are remembered by their
 * SHA-256, never as themselves. Only credentials already verified reach it, so made-up ones
 * (which the verifier bounds) do not crowd out real ones.
 */
export class CredentialRateLimiter {
  private readonly buckets: LRUCache<string, Bucket>;

  constructor(
    private readonly limits: RateLimits = RATE_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.buckets = new LRUCache<string, Bucket>({ max: limits.maxEntries });
  }

  take(credential: string): RateDecision {
    const key = createHash('sha256').update(credential).digest('base64url');
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.limits.burst, last: now };
    bucket.tokens = Math.min(
      this.limits.burst,
      bucket.tokens + ((now - bucket.last) / 1000) * this.limits.perSecond,
    );
    bucket.last = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    const wait = (1 - bucket.tokens) / this.limits.perSecond;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait)) };
  }
}
