import { createPublicKey, type JsonWebKey } from 'node:crypto';

import { inject } from 'vitest';

import { startClerkBackendStandIn, type RunningStandIn } from '@/lib/demo/fake-clerk/backend-api';

import { testClerkEnv } from '../../scripts/lib/clerk-tokens';
import { type RunningSite, startSite } from '../../scripts/lib/next-site';
import type { BackendApi } from './clerk-backend';

export interface OwnSite {
  site: RunningSite;
  standIn: RunningStandIn;
  api: BackendApi;
  stop(): Promise<void>;
}

/**
 * A copy of the test build with a stand-in of Clerk's Backend API of its own, so that what a
 * test does to "Clerk" (slow, down) and to the site's verifier and rate limits touches no other
 * test. `portOffset` is added to MASTHEAD_TEST_PORT.
 */
export async function startOwnSite(
  portOffset: number,
  env: Record<string, string> = {},
): Promise<OwnSite> {
  const secretKey = testClerkEnv().CLERK_SECRET_KEY!;
  const standIn = await startClerkBackendStandIn({ instances: [secretKey] });
  const publicKeyPem = createPublicKey({
    key: inject('privateJwk') as JsonWebKey,
    format: 'jwk',
  })
    .export({ type: 'spki', format: 'pem' })
    .toString();
  const site = await startSite({
    distDir: inject('distDir'),
    port: Number(process.env.MASTHEAD_TEST_PORT || 4310) + portOffset,
    env: {
      ...testClerkEnv(publicKeyPem),
      CLERK_API_URL: standIn.url,
      NEXT_PUBLIC_SITE_URL: inject('siteUrl'),
      ...env,
    },
  });
  return {
    site,
    standIn,
    api: { url: standIn.url, secretKey },
    stop: async () => {
      await site.stop();
      await standIn.stop();
    },
  };
}
