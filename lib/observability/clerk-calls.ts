import { type ClerkEndpoint, noteClerkReached, operations } from './events';
import { inSpan } from './spans';

/** How a call to Clerk's Backend API ended, for its metric: what the answer was, not whose. */
export type ClerkOutcome = 'valid' | 'not-found' | 'failed' | 'yes' | 'no';

/**
 * A call to Clerk's Backend API, timed and counted by endpoint and outcome, in a span of its own.
 * The wrapped call keeps its signature, so that the verifier and the lookup neither know nor care.
 */
export function timedClerkCall<A extends unknown[], R>(
  endpoint: ClerkEndpoint,
  call: (...args: A) => Promise<R>,
  outcomeOf: (result: R) => ClerkOutcome,
) {
  const timed = async (...args: A): Promise<R> => {
    const started = performance.now();
    let outcome: ClerkOutcome = 'failed';
    try {
      const result = await call(...args);
      outcome = outcomeOf(result);
      return result;
    } finally {
      operations().clerkCall(endpoint, outcome, (performance.now() - started) / 1000);
      noteClerkReached(outcome !== 'failed');
    }
  };
  return (...args: A): Promise<R> =>
    inSpan(
      `clerk ${endpoint}`,
      () => timed(...args),
      (result) => ({
        'masthead.clerk.endpoint': endpoint,
        'masthead.clerk.outcome': outcomeOf(result),
      }),
    );
}
