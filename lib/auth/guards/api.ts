import 'server-only';

import { headers } from 'next/headers';

import { isPrivateSite } from '@/lib/auth/config/private-site';
import type { SignedInViewer } from '@/lib/auth/policy';
import { editorsOnly, unauthenticated } from '@/lib/auth/proxy/responses';
import { apiKeyViewer } from '@/lib/auth/session/from-clerk';
import { getViewer } from '@/lib/auth/session/viewer';
import { type MachineBearer, machineBearer } from '@/lib/auth/tokens/bearer';
import { acceptMachineToken } from '@/lib/auth/tokens/credentials';
import { feedKeyBearer } from '@/lib/auth/tokens/feed-path';
import { machineAuth } from '@/lib/auth/tokens/per-process';

async function apiKeyCaller(
  bearer: MachineBearer,
  use: 'member-api' | 'private-feed',
): Promise<SignedInViewer | Response> {
  const { verifier, premium } = machineAuth();
  const accepted = await acceptMachineToken(bearer, use, verifier);
  if (accepted instanceof Response) return accepted;
  if (isPrivateSite()) return editorsOnly();
  return apiKeyViewer(accepted.subject, await premium.premium(accepted.subject));
}

/**
 * A private API handler's own lock: the signed-in caller (a session, or a member's API key with
 * the plan Clerk says its owner has now), or the answer to give (401, or 503 while Clerk cannot
 * verify a key).
 */
export async function apiViewer(): Promise<SignedInViewer | Response> {
  const bearer = machineBearer((await headers()).get('authorization'));
  if (bearer) return apiKeyCaller(bearer, 'member-api');
  const viewer = await getViewer();
  if (viewer.kind === 'signed-in') return viewer;
  return unauthenticated(viewer.pendingTask);
}

/** The private feed URL's own lock: the member whose feed key the URL carries. */
export async function feedUrlViewer(key: string): Promise<SignedInViewer | Response> {
  return apiKeyCaller(feedKeyBearer(key), 'private-feed');
}
