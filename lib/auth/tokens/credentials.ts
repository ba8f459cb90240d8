import {
  apiError,
  machineTokenRequired,
  unauthenticated,
  verificationUnavailable,
} from '@/lib/auth/proxy/responses';
import { type HeaderReader, noteReader } from '@/lib/observability/request-context';

import type { MachineBearer, MachineTokenKind } from './bearer';
import type { MachineTokenVerifier } from './verifier';

/** The scope of the API key behind a member's private feed URL: it opens that feed and nothing else. */
export const FEED_SCOPE = 'feed:read';

/**
 * The scopes a reading app asks a member for (Clerk OAuth application scopes): `posts:read` lists
 * and reads what the member may read, and tells who they are; `feed:read` opens their full-text
 * feed. Nothing else a member can do here (gift links, keys) is open to an app.
 */
export const OAUTH_SCOPES = { posts: 'posts:read', feed: FEED_SCOPE } as const;

export type OAuthScope = (typeof OAUTH_SCOPES)[keyof typeof OAUTH_SCOPES];

/**
 * Where an opaque token is used: the member API takes a member's own API keys and the OAuth
 * access tokens of apps they allowed, the private feed URL only the key made for it, the
 * machine API only M2M tokens.
 */
export type MachineTokenUse = 'member-api' | 'private-feed' | 'machine-api';

const KINDS_FOR_USE: Record<MachineTokenUse, readonly MachineTokenKind[]> = {
  'member-api': ['api_key', 'oauth_token'],
  'private-feed': ['api_key'],
  'machine-api': ['m2m_token'],
};

export interface AcceptedToken {
  kind: MachineTokenKind;
  /** The user (`user_...`) or machine (`mch_...`) the token belongs to. */
  subject: string;
  scopes: string[];
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
 * Whose a verified token on the member API is: a member's own, never an organization's (an
 * organization's API key, or an OAuth grant an organization owns, is nobody's here). A feed key
 * opens only the feed, so that a feed URL copied into a feed reader cannot read the API; OAuth
 * scopes are the handler's to check, since only it knows what the endpoint needs.
 */
function memberOwns(
  kind: MachineTokenKind,
  subject: string,
  scopes: string[],
  use: MachineTokenUse,
) {
  if (!subject.startsWith('user_')) return false;
  if (kind === 'oauth_token') return true;
  return scopes.includes(FEED_SCOPE) === (use === 'private-feed');
}

/**
 * The one rule for opaque tokens, run by the proxy and again by each handler (where it costs no
 * second call: the verifier remembers). A token of the wrong kind for the route is refused
 * before Clerk is asked.
 */
export async function acceptMachineToken(
  bearer: MachineBearer,
  use: MachineTokenUse,
  verifier: MachineTokenVerifier,
  headers: HeaderReader,
): Promise<AcceptedToken | Response> {
  if (!KINDS_FOR_USE[use].includes(bearer.kind)) return refuseMachineToken(use);
  const verification = await verifier.verify(bearer);
  if (verification.status === 'unavailable')
    return verificationUnavailable(verification.retryAfterSeconds);
  if (verification.status === 'refused') return refuseMachineToken(use);
  const { subject, scopes } = verification;
  if (use !== 'machine-api' && !memberOwns(bearer.kind, subject, scopes, use))
    return refuseMachineToken(use);
  noteReader(headers, 'machine');
  return { kind: bearer.kind, subject, scopes };
}
