import { PREMIUM_FEATURE } from '@/lib/config';

import { askClerk, askClerkForFeature } from './clerk-backend';
import { PremiumLookup } from './premium-lookup';
import { MachineTokenVerifier } from './verifier';

/**
 * One verifier and one lookup per server process. The proxy and the route handlers are bundled
 * apart, so they are kept on `globalThis` under a registered symbol: the handler's own check then
 * finds what the proxy's check just learnt, and a request costs Clerk one call, not two.
 */
const SLOT = Symbol.for('masthead.machine-auth');

interface MachineAuth {
  verifier: MachineTokenVerifier;
  premium: PremiumLookup;
}

type WithMachineAuth = typeof globalThis & { [SLOT]?: MachineAuth };

export function machineAuth(): MachineAuth {
  const global = globalThis as WithMachineAuth;
  if (!global[SLOT]) {
    const verifier = new MachineTokenVerifier(askClerk);
    global[SLOT] = { verifier, premium: new PremiumLookup((userId) => askClerkForFeature(userId, PREMIUM_FEATURE), verifier) };
  }
  return global[SLOT];
}
