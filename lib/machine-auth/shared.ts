import { PREMIUM_FEATURE } from '@/lib/config';
import { timedClerkCall } from '@/lib/observability/clerk-calls';
import { watchTokenCache } from '@/lib/observability/events';

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
    const verifier = new MachineTokenVerifier(timedClerkCall('tokens.verify', askClerk, (answer) => answer.outcome));
    const askFeature = timedClerkCall('billing.subscription', askClerkForFeature, (answer) =>
      typeof answer === 'boolean' ? (answer ? 'yes' : 'no') : 'failed',
    );
    watchTokenCache(() => verifier.cachedTokens());
    global[SLOT] = { verifier, premium: new PremiumLookup((userId) => askFeature(userId, PREMIUM_FEATURE), verifier) };
  }
  return global[SLOT];
}
