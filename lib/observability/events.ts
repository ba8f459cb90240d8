/**
 * What the rules report to whoever counts (the metrics, once instrumentation.ts installs them).
 * The rules import this small interface, not prom-client: they run the same with nothing installed
 * (unit tests, the build), and the proxy's bundle stays free of the metrics library.
 */
export interface OperationsSink {
  clerkCall(endpoint: ClerkEndpoint, outcome: string, seconds: number): void;
  tokenCache(result: 'hit' | 'miss'): void;
  gift(event: GiftEvent): void;
}

export type ClerkEndpoint = 'tokens.verify' | 'billing.subscription';

export type GiftEvent = 'made' | 'opened' | 'refused';

const SLOT = Symbol.for('masthead.operations-sink');

type WithSink = typeof globalThis & { [SLOT]?: OperationsSink };

const NOTHING: OperationsSink = { clerkCall() {}, tokenCache() {}, gift() {} };

export function installOperationsSink(sink: OperationsSink): void {
  (globalThis as WithSink)[SLOT] = sink;
}

export function operations(): OperationsSink {
  return (globalThis as WithSink)[SLOT] ?? NOTHING;
}

const SIZE_SLOT = Symbol.for('masthead.token-cache-size');

type WithSize = typeof globalThis & { [SIZE_SLOT]?: () => number };

/** Names where the token cache's size is read when the metrics are scraped. */
export function watchTokenCache(size: () => number): void {
  (globalThis as WithSize)[SIZE_SLOT] = size;
}

export function tokenCacheSize(): number {
  return (globalThis as WithSize)[SIZE_SLOT]?.() ?? 0;
}

const CLERK_SLOT = Symbol.for('masthead.clerk-health');

/** Since when every call to Clerk's Backend API has failed (none since the last answer), or undefined. */
interface ClerkHealth {
  failingSince?: number;
  calls: number;
}

type WithClerkHealth = typeof globalThis & { [CLERK_SLOT]?: ClerkHealth };

export function clerkHealth(): ClerkHealth {
  const global = globalThis as WithClerkHealth;
  global[CLERK_SLOT] ??= { calls: 0 };
  return global[CLERK_SLOT];
}

/** Every call's end, seen by /readyz: Clerk answering at all (even "not found") is Clerk reachable. */
export function noteClerkReached(reached: boolean, now: number = Date.now()): void {
  const health = clerkHealth();
  health.calls += 1;
  if (reached) health.failingSince = undefined;
  else health.failingSince ??= now;
}
