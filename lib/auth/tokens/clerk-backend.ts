import { clerkClient } from '@clerk/nextjs/server';

import type { MachineBearer } from './bearer';
import type { ClerkAnswer, ClerkFailure } from './verifier';

/** What the SDK throws for an answer other than 2xx (`ClerkAPIResponseError`): its status, if Clerk answered at all. */
interface ClerkApiFailure {
  status?: number;
  retryAfter?: number;
  message?: string;
}

function asFailure(error: unknown): ClerkApiFailure {
  return error && typeof error === 'object' ? (error as ClerkApiFailure) : {};
}

/**
 * A refusal Clerk makes about the token itself (404 not found, 400/422 malformed) settles it; any
 * other status, or none (a network error), says nothing about the token: Clerk could not answer.
 * A 401 means Clerk refused this site's secret key, which is the operator's to fix, not the caller's.
 */
export function answerFromError(error: unknown): ClerkAnswer {
  const { status, retryAfter, message } = asFailure(error);
  if (status === 404 || status === 400 || status === 422) return { outcome: 'not-found' };
  const reason =
    status === undefined
      ? `Clerk could not be reached (${message || 'network error'})`
      : `Clerk answered ${status}`;
  return { outcome: 'failed', reason, ...(retryAfter ? { retryAfterSeconds: retryAfter } : {}) };
}

/**
 * Asks Clerk's Backend API, through the SDK, about an API key, an opaque M2M token or an opaque
 * OAuth access token (`POST /oauth_applications/access_tokens/verify`, the call the SDK's
 * `authenticateRequest` makes for `acceptsToken: 'oauth_token'`).
 */
export async function askClerk(bearer: MachineBearer): Promise<ClerkAnswer> {
  try {
    const client = await clerkClient();
    const token =
      bearer.kind === 'api_key'
        ? await client.apiKeys.verify(bearer.token)
        : bearer.kind === 'oauth_token'
          ? await client.idPOAuthAccessToken.verify(bearer.token)
          : await client.m2m.verify({ token: bearer.token });
    // Clerk answers 404 for revoked and expired tokens; a record saying so is refused all the same.
    if (token.revoked || token.expired) return { outcome: 'not-found' };
    return {
      outcome: 'valid',
      subject: token.subject,
      scopes: token.scopes,
      name: 'name' in token ? token.name : null,
      expiresAt: token.expiration,
    };
  } catch (error) {
    return answerFromError(error);
  }
}

/**
 * Whether the user's current Clerk Billing subscription holds an active item whose plan has this
 * feature: what `has({ feature })` reads from a session's claims, asked of Clerk for a caller
 * that has no session. No subscription (404) means no feature.
 */
export async function askClerkForFeature(
  userId: string,
  feature: string,
): Promise<boolean | ClerkFailure> {
  try {
    const client = await clerkClient();
    const subscription = await client.billing.getUserBillingSubscription(userId);
    return subscription.subscriptionItems.some(
      (item) => item.status === 'active' && item.plan?.features.some((f) => f.slug === feature),
    );
  } catch (error) {
    if (asFailure(error).status === 404) return false;
    const answer = answerFromError(error);
    return answer.outcome === 'failed' ? answer : false;
  }
}
