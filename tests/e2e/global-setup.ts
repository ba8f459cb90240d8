import { randomBytes } from 'node:crypto';

import type { TestProject } from 'vitest/node';

import { generateTestKeys, testClerkEnv } from '../../scripts/lib/clerk-tokens';
import { buildSite, type RunningSite, startSite } from '../../scripts/lib/next-site';

/** The browser suite's server: its own port (MASTHEAD_TEST_PORT + 5 unless MASTHEAD_E2E_PORT says otherwise). */
export function e2ePort(): number {
  if (process.env.MASTHEAD_E2E_PORT) return Number(process.env.MASTHEAD_E2E_PORT);
  return Number(process.env.MASTHEAD_TEST_PORT || 4310) + 5;
}

/**
 * Builds the site twice and starts both: with a test Clerk instance and a key pair made for this
 * run (so the pricing page really mounts Clerk, and a test can open the member area with a
 * session token it mints), and as the demo (`npm run demo`: demo identities, no Clerk keys),
 * whose member pages the browser signs in to. The browser tests drive them with Debian's chromium.
 */
export default async function setup(project: TestProject) {
  const keys = await generateTestKeys();
  const build = {
    distDir: '.next-e2e',
    port: e2ePort(),
    env: testClerkEnv(keys.publicKeyPem),
  };
  // The demo would make its own gift key; given this one, a test can sign links as it does.
  const demoGiftKey = `e2e:${randomBytes(32).toString('base64url')}`;
  const demo = {
    distDir: '.next-e2e-demo',
    port: e2ePort() + 1,
    env: { MASTHEAD_DEMO_IDENTITIES: 'true', MASTHEAD_GIFT_SECRET: demoGiftKey },
  };
  await buildSite(build);
  await buildSite(demo);
  const sites: RunningSite[] = [];
  try {
    sites.push(await startSite(build), await startSite(demo));
  } catch (error) {
    await Promise.all(sites.map((site) => site.stop()));
    throw error;
  }
  const [site, demoSite] = sites as [RunningSite, RunningSite];
  project.provide('e2eUrl', site.url);
  project.provide('demoUrl', demoSite.url);
  project.provide('privateJwk', keys.privateJwk);
  project.provide('demoGiftKey', demoGiftKey);
  return () => Promise.all(sites.map((running) => running.stop()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eUrl: string;
    /** The demo build: simulated identities, no Clerk keys. */
    demoUrl: string;
    /** The demo server's MASTHEAD_GIFT_SECRET (one `kid:secret` entry). */
    demoGiftKey: string;
  }
}
