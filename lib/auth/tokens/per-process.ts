import { PREMIUM_FEATURE } from '@/lib/config';
import { timedClerkCall } from '@/lib/observability/clerk-calls';
import { watchTokenCache } from '@/lib/observability/events';

import { askClerk, askClerkForFeature } from './clerk-backend';
import { PremiumLookup } from './premium-lookup';
import { CredentialRateLimiter } from './rate-limit';
import { MachineTokenVerifier } from './verifier';

/**
 * One verifier and one lookup per server process. This must stay on `globalThis` under a
 * registered symbol rather than in a module-level value: the proxy and the route handlers are
 * bundled apart, each with its own copy of this module, and only the process's global object is
 * shared by both. So the handler's own check finds what the proxy's check just learnt, and a
 * request costs Clerk one call, not two.
 */
const SLOT = Symbol.for('masthead.machine-auth');

interface MachineAuth {
  verifier: MachineTokenVerifier;
  premium: PremiumLookup;
  /** Per API key and OAuth access token: counted once per request, by the proxy. */
  rateLimiter: CredentialRateLimiter;
}

type WithMachineAuth = typeof globalThis & { [SLOT]?: MachineAuth };

export function machineAuth(): MachineAuth {
  const global = globalThis as WithMachineAuth;
  if (!global[SLOT]) {
    const verifier = new MachineTokenVerifier(
      timedClerkCall('tokens.verify', askClerk, (answer) => answer.outcome),
    );
    const askFeature = timedClerkCall('billing.subscription', askClerkForFeature, (answer) =>
      typeof answer === 'boolean' ? (answer ? 'yes' : 'no') : 'failed',
    );
    watchTokenCache(() => verifier.cachedTokens());
    global[SLOT] = {
      verifier,
      premium: new PremiumLookup((userId) => askFeature(userId, PREMIUM_FEATURE), verifier),
      rateLimiter: new CredentialRateLimiter(),
    };
  }
  return global[SLOT];
}
