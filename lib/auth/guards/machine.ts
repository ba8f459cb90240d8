import 'server-only';

import { auth } from '@clerk/nextjs/server';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';

import { isClerkConfigured } from '@/lib/auth/config/clerk';
import { isPrivateSite } from '@/lib/auth/config/private-site';
import { machineTokenRequired } from '@/lib/auth/proxy/responses';
import { machineBearer } from '@/lib/auth/tokens/bearer';
import { acceptMachineToken } from '@/lib/auth/tokens/credentials';
import { machineAuth } from '@/lib/auth/tokens/per-process';

export interface MachineCaller {
  /** Clerk's id of the calling machine (`mch_...`). */
  machineId: string;
}

/**
 * The machine API's own lock, behind the proxy's: only a valid Clerk M2M token passes, opaque
 * (`mt_...`, asked of Clerk through the verifier) or a JWT (verified locally by Clerk's `auth()`).
 * A browser session or a member's API key is refused with a 401, whoever it belongs to; a private
 * preview site has no machine API.
 */
export async function machineCaller(): Promise<MachineCaller | Response> {
  if (!isClerkConfigured() || isPrivateSite()) return machineTokenRequired();
  const requestHeaders = await headers();
  const bearer = machineBearer(requestHeaders.get('authorization'));
  if (bearer) {
    const accepted = await acceptMachineToken(
      bearer,
      'machine-api',
      machineAuth().verifier,
      requestHeaders,
    );
    return accepted instanceof Response ? accepted : { machineId: accepted.subject };
  }
  try {
    const caller = await auth({ acceptsToken: 'm2m_token' });
    if (caller.isAuthenticated) return { machineId: caller.machineId };
  } catch (error) {
    unstable_rethrow(error);
  }
  return machineTokenRequired();
}
