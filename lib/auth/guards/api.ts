import 'server-only';

import { auth } from '@clerk/nextjs/server';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';

import { isPrivateSite } from '@/lib/auth/config/private-site';
import type { SignedInViewer } from '@/lib/auth/policy';
import { editorsOnly, insufficientScope, unauthenticated } from '@/lib/auth/proxy/responses';
import { apiKeyViewer } from '@/lib/auth/session/from-clerk';
import { getViewer } from '@/lib/auth/session/viewer';
import { isOAuthJwt, type MachineBearer, machineBearer } from '@/lib/auth/tokens/bearer';
import { acceptMachineToken, type OAuthScope } from '@/lib/auth/tokens/credentials';
import { feedKeyBearer } from '@/lib/auth/tokens/feed-path';
import { machineAuth } from '@/lib/auth/tokens/per-process';

/**
 * The scope an OAuth access token needs on an endpoint, or null where apps are not let in (the
 * gift endpoint: a gift link is the member's own act, made with their session or key).
 */
export type OAuthNeed = OAuthScope | null;

/**
 * A token's owner with the plan Clerk Billing says they have now: an API key or an OAuth token
 * carries no plan this site can trust, so both go through the same entitlement lookup.
 */
async function tokenOwner(subject: string): Promise<SignedInViewer | Response> {
  if (isPrivateSite()) return editorsOnly();
  return apiKeyViewer(subject, await machineAuth().premium.premium(subject));
}

async function opaqueTokenCaller(
  bearer: MachineBearer,
  use: 'member-api' | 'private-feed',
  need: OAuthNeed,
): Promise<SignedInViewer | Response> {
  const accepted = await acceptMachineToken(bearer, use, machineAuth().verifier, await headers());
  if (accepted instanceof Response) return accepted;
  if (accepted.kind === 'oauth_token' && (need === null || !accepted.scopes.includes(need)))
    return insufficientScope(need);
  return tokenOwner(accepted.subject);
}

/** An OAuth access token in its JWT form, verified locally by Clerk's `auth()`. */
async function oauthJwtCaller(need: OAuthNeed): Promise<SignedInViewer | Response> {
  try {
    const caller = await auth({ acceptsToken: 'oauth_token' });
    if (caller.isAuthenticated && caller.userId.startsWith('user_')) {
      if (need === null || !caller.scopes.includes(need)) return insufficientScope(need);
      return tokenOwner(caller.userId);
    }
  } catch (error) {
    unstable_rethrow(error);
  }
  return unauthenticated();
}

/**
 * A private API handler's own lock: the signed-in caller (a session; a member's API key, or an
 * OAuth access token with the scope `need`, each with the plan Clerk says its owner has now), or
 * the answer to give (401, 403 for a scope the app was not granted, or 503 while Clerk cannot
 * verify a token).
 */
export async function apiViewer(need: OAuthNeed): Promise<SignedInViewer | Response> {
  const authorization = (await headers()).get('authorization');
  const bearer = machineBearer(authorization);
  if (bearer) return opaqueTokenCaller(bearer, 'member-api', need);
  if (isOAuthJwt(authorization)) return oauthJwtCaller(need);
  const viewer = await getViewer();
  if (viewer.kind === 'signed-in') return viewer;
  return unauthenticated(viewer.pendingTask);
}

/** The private feed URL's own lock: the member whose feed key the URL carries. */
export async function feedUrlViewer(key: string): Promise<SignedInViewer | Response> {
  return opaqueTokenCaller(feedKeyBearer(key), 'private-feed', null);
}
