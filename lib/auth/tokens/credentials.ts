import {
  apiError,
  machineTokenRequired,
  unauthenticated,
  verificationUnavailable,
} from '@/lib/auth/proxy/responses';
import { noteReader } from '@/lib/observability/request-context';

import type { MachineBearer, MachineTokenKind } from './bearer';
import type { MachineTokenVerifier } from './verifier';

/** The scope of the API key behind a member's private feed URL: it opens that feed and nothing else. */
export const FEED_SCOPE = 'feed:read';

/**
 * Where an opaque token is used: the member API takes a member's own API keys, the private feed
 * URL only the key made for it, the machine API only M2M tokens.
 */
export type MachineTokenUse = 'member-api' | 'private-feed' | 'machine-api';

const KIND_FOR_USE: Record<MachineTokenUse, MachineTokenKind> = {
  'member-api': 'api_key',
  'private-feed': 'api_key',
  'machine-api': 'm2m_token',
};

export interface AcceptedToken {
  /** The user (`user_...`) or machine (`mch_...`) the token belongs to. */
  subject: string;
}

/** The answer to a token that may not be used here (unknown, revoked, expired, of the wrong kind or owner). */
function refuseMachineToken(use: MachineTokenUse): Response {
  if (use === 'machine-api') return machineTokenRequired();
  if (use === 'private-feed')
    return apiError(
      404,
      'not_found',
      'No private feed at this address: it was reset or revoked. Your dashboard gives the current one.',
    );
  return unauthenticated();
}

/**
 * The one rule for opaque tokens, run by the proxy and again by each handler (where it costs no
 * second call: the verifier remembers). A token of the wrong kind for the route is refused
 * before Clerk is asked. An API key owned by an organization is nobody's here; a feed key opens
 * only the feed, so that a feed URL copied into a feed reader cannot read the API.
 */
export async function acceptMachineToken(
  bearer: MachineBearer,
  use: MachineTokenUse,
  verifier: MachineTokenVerifier,
): Promise<AcceptedToken | Response> {
  if (bearer.kind !== KIND_FOR_USE[use]) return refuseMachineToken(use);
  const verification = await verifier.verify(bearer);
  if (verification.status === 'unavailable')
    return verificationUnavailable(verification.retryAfterSeconds);
  if (verification.status === 'refused') return refuseMachineToken(use);
  if (use === 'machine-api') {
    noteReader('machine');
    return { subject: verification.subject };
  }
  const feedKey = verification.scopes.includes(FEED_SCOPE);
  if (!verification.subject.startsWith('user_') || feedKey !== (use === 'private-feed'))
    return refuseMachineToken(use);
  noteReader('machine');
  return { subject: verification.subject };
}
