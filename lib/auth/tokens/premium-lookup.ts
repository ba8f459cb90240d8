import { LRUCache } from 'lru-cache';

import { LATE, within } from './deadline';
import type { ClerkFailure } from './verifier';

export type AskFeature = (userId: string) => Promise<boolean | ClerkFailure>;

export interface OutageRecorder {
  clerkIsDown(): boolean;
  noteOutage(reason: string, retryAfterSeconds?: number): void;
}

export interface PremiumLookupLimits {
  /** How long Clerk's answer is kept: a plan bought or lapsed shows within this time. */
  answerTtlMs: number;
  /** How long a member is read without premium after Clerk could not answer, before asking again. */
  fallbackTtlMs: number;
  timeoutMs: number;
  maxEntries: number;
}

/**
 * 5 min for an answer: a feed reader polls every 15 to 60 minutes, so a lapsed subscription stops
 * premium items at its next fetch; a client calling the API in a loop costs one call per 5 min.
 * 30 s for the fallback, so that Clerk being down costs one wait per member per 30 s, not one per request.
 */
export const PREMIUM_LOOKUP_LIMITS: PremiumLookupLimits = {
  answerTtlMs: 5 * 60_000,
  fallbackTtlMs: 30_000,
  timeoutMs: 2_000,
  maxEntries: 10_000,
};

/**
 * Whether an API key's owner has the premium feature, asked of Clerk and kept for a few minutes.
 * When Clerk cannot answer (down, slow, refusing) the owner reads as a member without premium:
 * never the other way round.
 */
export class PremiumLookup {
  private readonly answers: LRUCache<string, boolean>;
  private readonly inFlight = new Map<string, Promise<boolean>>();

  constructor(
    private readonly ask: AskFeature,
    private readonly outages: OutageRecorder,
    private readonly limits: PremiumLookupLimits = PREMIUM_LOOKUP_LIMITS,
    now: () => number = Date.now,
  ) {
    this.answers = new LRUCache<string, boolean>({
      max: limits.maxEntries,
      ttlResolution: 0,
      perf: { now },
    });
  }

  async premium(userId: string): Promise<boolean> {
    const known = this.answers.get(userId);
    if (known !== undefined) return known;
    if (this.outages.clerkIsDown()) return false;
    const pending = this.inFlight.get(userId);
    if (pending) return pending;
    const lookup = this.lookUp(userId).finally(() => this.inFlight.delete(userId));
    this.inFlight.set(userId, lookup);
    return lookup;
  }

  private async lookUp(userId: string): Promise<boolean> {
    const reply = await within(
      this.ask(userId).catch((error: unknown): ClerkFailure => ({
        outcome: 'failed',
        reason: String(error),
      })),
      this.limits.timeoutMs,
    );
    const answer: boolean | ClerkFailure =
      reply === LATE
        ? { outcome: 'failed', reason: `no answer from Clerk within ${this.limits.timeoutMs} ms` }
        : reply;
    if (typeof answer === 'boolean') {
      this.answers.set(userId, answer, { ttl: this.limits.answerTtlMs });
      return answer;
    }
    this.outages.noteOutage(answer.reason, answer.retryAfterSeconds);
    this.answers.set(userId, false, { ttl: this.limits.fallbackTtlMs });
    return false;
  }
}
