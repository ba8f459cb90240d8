import 'server-only';

import { auth } from '@clerk/nextjs/server';
import { unstable_rethrow } from 'next/navigation';

import { isClerkConfigured } from '@/lib/gate/clerk-config';
import { machineTokenRequired } from '@/lib/gate/responses';

export interface MachineCaller {
  /** Clerk's id of the calling machine (`mch_...`). */
  machineId: string;
}

/**
 * The machine API's own lock, behind the proxy's: only a valid Clerk M2M token passes. A
 * browser session or a member's API key is refused with a 401, whoever it belongs to.
 */
export async function machineCaller(): Promise<MachineCaller | Response> {
  if (!isClerkConfigured()) return machineTokenRequired();
  try {
    const caller = await auth({ acceptsToken: 'm2m_token' });
    if (caller.isAuthenticated) return { machineId: caller.machineId };
  } catch (error) {
    unstable_rethrow(error);
  }
  return machineTokenRequired();
}
