import { createHash } from 'node:crypto';

import { LRUCache } from 'lru-cache';

import { operations } from '@/lib/observability/events';

import type { MachineBearer } from './bearer';
import { LATE, within } from './deadline';

/** What Clerk's Backend API said about one token. */
export type ClerkAnswer =
  | {
      outcome: 'valid';
      subject: string;
      scopes: string[];
      name: string | null;
      expiresAt: number | null;
    }
  /** Unknown, revoked, expired, or another instance's: Clerk does not know it as valid here. */
  | { outcome: 'not-found' }
  /** Clerk could not answer: 5xx, a network error, our secret key refused, or a rate limit (with its Retry-After). */
  | { outcome: 'failed'; reason: string; retryAfterSeconds?: number };

export type ClerkFailure = Extract<ClerkAnswer, { outcome: 'failed' }>;

export type Verification =
  | {
      status: 'verified';
      kind: MachineBearer['kind'];
      subject: string;
      scopes: string[];
      name: string | null;
    }
  | { status: 'refused' }
  | { status: 'unavailable'; retryAfterSeconds: number; reason: string };

export interface VerifierLimits {
  /** How long a request waits for Clerk before it is answered 503. */
  timeoutMs: number;
  /** How long a valid token is trusted without asking again (never past its own expiry). */
  verifiedTtlMs: number;
  /** How long a refused token is refused without asking again. */
  refusedTtlMs: number;
  /** After Clerk failed or timed out, how long tokens not in the cache are answered 503 without a call. */
  outageMs: number;
  /** Calls to Clerk allowed per second across all clients, and the burst above that rate. */
  callsPerSecond: number;
  burst: number;
  /** Tokens remembered at most (a least-recently-used list): garbage cannot grow memory. */
  maxEntries: number;
}

/**
 * The lifetimes and bounds this site uses; docs/gate-and-security.md says why each.
 * - 60 s trust: a key revoked at Clerk stops working here within a minute, and a busy client costs
 *   one call a minute.
 * - 15 s refusal: a client retrying a wrong key costs one call per 15 s; a shorter time than the
 *   trust because a refusal is what a client fixes and retries.
 * - 2 s timeout: Clerk's verify answers in tens of milliseconds; a request never waits longer than
 *   2 s (plus the page's own work) when Clerk is slow.
 * - 10 s outage: once Clerk failed, the next requests are answered at once instead of each waiting
 *   2 s; one call in 10 s probes whether it is back.
 * - 10 calls/s, burst 20: a tenth of a production instance's Backend API limit, so that a flood of
 *   made-up keys cannot spend the quota the rest of the site needs.
 */
export const VERIFIER_LIMITS: VerifierLimits = {
  timeoutMs: 2_000,
  verifiedTtlMs: 60_000,
  refusedTtlMs: 15_000,
  outageMs: 10_000,
  callsPerSecond: 10,
  burst: 20,
  maxEntries: 10_000,
};

export type AskClerk = (bearer: MachineBearer) => Promise<ClerkAnswer>;

type Settled = Exclude<Verification, { status: 'unavailable' }>;

/** A global cap on calls per second: a token bucket, refilled continuously. */
class CallBudget {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * Verifies opaque machine tokens with Clerk, at most once per token per trust period, with a
 * bounded wait and a bounded number of calls. Tokens are remembered by their SHA-256, never as
 * themselves. Concurrent requests with the same new token share one call.
 */
export class MachineTokenVerifier {
  private readonly settled: LRUCache<string, Settled>;
  private readonly inFlight = new Map<string, Promise<Verification>>();
  private readonly budget: CallBudget;
  private downUntil = 0;
  private downReason = '';

  constructor(
    private readonly ask: AskClerk,
    private readonly limits: VerifierLimits = VERIFIER_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.settled = new LRUCache<string, Settled>({
      max: limits.maxEntries,
      ttlResolution: 0,
      perf: { now },
    });
    this.budget = new CallBudget(limits.callsPerSecond, limits.burst, now());
  }

  /** Whether Clerk failed recently: callers that can do without it (the entitlement lookup) skip it. */
  clerkIsDown(): boolean {
    return this.now() < this.downUntil;
  }

  /** Records a failure seen by another caller of Clerk (the entitlement lookup), so that verification holds back too. */
  noteOutage(reason: string, retryAfterSeconds?: number): void {
    this.downUntil = this.now() + Math.max(this.limits.outageMs, (retryAfterSeconds ?? 0) * 1000);
    this.downReason = reason;
  }

  /**
   * Drops what this process remembers of a token, when it is revoked here (the dashboard): it is
   * refused at once on this server, and within the trust period on any other copy of the site.
   */
  forget(token: string): void {
    this.settled.delete(hashOf(token));
  }

  /** Tokens remembered now, for the metrics. */
  cachedTokens(): number {
    return this.settled.size;
  }

  async verify(bearer: MachineBearer): Promise<Verification> {
    if (!bearer.wellFormed) return { status: 'refused' };
    const key = hashOf(bearer.token);
    const known = this.settled.get(key);
    operations().tokenCache(known ? 'hit' : 'miss');
    if (known) return known;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const now = this.now();
    if (now < this.downUntil) return this.unavailable(now, this.downReason);
    if (!this.budget.take(now))
      return {
        status: 'unavailable',
        retryAfterSeconds: 1,
        reason: 'too many new tokens to verify this second',
      };
    const call = this.call(key, bearer).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, call);
    return call;
  }

  private unavailable(now: number, reason: string): Verification {
    return {
      status: 'unavailable',
      retryAfterSeconds: Math.max(1, Math.ceil((this.downUntil - now) / 1000)),
      reason,
    };
  }

  private async call(key: string, bearer: MachineBearer): Promise<Verification> {
    const reply = await within(
      this.ask(bearer).catch((error: unknown): ClerkAnswer => ({
        outcome: 'failed',
        reason: String(error),
      })),
      this.limits.timeoutMs,
    );
    const answer: ClerkAnswer =
      reply === LATE
        ? { outcome: 'failed', reason: `no answer from Clerk within ${this.limits.timeoutMs} ms` }
        : reply;
    if (answer.outcome === 'failed') {
      this.noteOutage(answer.reason, answer.retryAfterSeconds);
      // The clock is read after the outage is noted: read before, a millisecond between the two
      // reads made the 10 s pause a Retry-After of 11.
      return this.unavailable(this.now(), answer.reason);
    }
    if (answer.outcome === 'not-found') {
      const refused: Settled = { status: 'refused' };
      this.settled.set(key, refused, { ttl: this.limits.refusedTtlMs });
      return refused;
    }
    const verified: Settled = {
      status: 'verified',
      kind: bearer.kind,
      subject: answer.subject,
      scopes: answer.scopes,
      name: answer.name,
    };
    const ttl = Math.min(
      this.limits.verifiedTtlMs,
      answer.expiresAt === null ? Infinity : answer.expiresAt - this.now(),
    );
    if (ttl > 0) this.settled.set(key, verified, { ttl });
    return ttl > 0 ? verified : { status: 'refused' };
  }
}
