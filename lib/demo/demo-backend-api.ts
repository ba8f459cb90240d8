import 'server-only';

import { type RunningStandIn, startClerkBackendStandIn } from '@/lib/demo/fake-clerk/backend-api';

import { DEMO_IDENTITIES } from './identities';

/**
 * Where the demo's Backend API is kept for the demo's OAuth provider (lib/demo/oauth-provider.ts):
 * instrumentation starts it, route handlers are bundled apart, so only the process's global
 * object is shared by both.
 */
const SLOT = Symbol.for('masthead.demo-backend-api');

type WithDemoBackend = typeof globalThis & {
  [SLOT]?: { standIn: RunningStandIn; instance: string };
};

/** The running demo Backend API and its instance's secret key, in a demo build's server. */
export function demoBackendApi(): { standIn: RunningStandIn; instance: string } | undefined {
  return (globalThis as WithDemoBackend)[SLOT];
}

/**
 * A demo build's own Clerk Backend API, on a loopback port of this process: the API keys and
 * private feed URLs members make in the dashboard, and the plans the site asks Clerk Billing
 * about, live here and end with the process. The site reaches it as it reaches Clerk, through
 * `CLERK_API_URL`; the demo's subscriber has the premium plan there, as in their session.
 */
export async function startDemoBackendApi(
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  const secretKey = env.CLERK_SECRET_KEY;
  if (!secretKey) throw new Error('The demo instance must start before its Backend API.');
  const backend = await startClerkBackendStandIn({ instances: [secretKey] });
  for (const identity of Object.values(DEMO_IDENTITIES)) {
    const userFeatures = identity.features
      .filter((feature) => feature.startsWith('u:'))
      .map((feature) => feature.slice(2));
    if (userFeatures.length > 0) backend.setPlanFeatures(secretKey, identity.userId, userFeatures);
  }
  env.CLERK_API_URL = backend.url;
  (globalThis as WithDemoBackend)[SLOT] = { standIn: backend, instance: secretKey };
}
