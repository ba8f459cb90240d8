import { describe, expect, it } from 'vitest';

import { CredentialRateLimiter, RATE_LIMITS } from '@/lib/auth/tokens/rate-limit';

function harness() {
  let now = 1_000_000;
  const limiter = new CredentialRateLimiter(RATE_LIMITS, () => now);
  return { limiter, advance: (ms: number) => (now += ms) };
}

const takeMany = (limiter: CredentialRateLimiter, credential: string, count: number) =>
  Array.from({ length: count }, () => limiter.take(credential).allowed).filter(Boolean).length;

describe('the per-credential rate limit', () => {
  it('lets a burst through, then refuses with the seconds to wait', () => {
    const { limiter } = harness();
    expect(takeMany(limiter, 'ak_noisy', RATE_LIMITS.burst)).toBe(RATE_LIMITS.burst);
    expect(limiter.take('ak_noisy')).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('keeps one noisy credential from spending another one’s share', () => {
    const { limiter } = harness();
    takeMany(limiter, 'ak_noisy', 500);
    expect(takeMany(limiter, 'oat_quiet', RATE_LIMITS.burst)).toBe(RATE_LIMITS.burst);
  });

  it('refills at the sustained rate', () => {
    const { limiter, advance } = harness();
    takeMany(limiter, 'ak_busy', 100);
    advance(1_000);
    expect(takeMany(limiter, 'ak_busy', 100)).toBe(RATE_LIMITS.perSecond);
    advance(60_000);
    expect(takeMany(limiter, 'ak_busy', 100)).toBe(RATE_LIMITS.burst);
  });
});
