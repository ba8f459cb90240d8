import type { TestProject } from 'vitest/node';

import { generateTestKeys, testClerkEnv } from '../support/clerk-tokens';
import { buildSite, startSite } from '../support/site';

/** The browser suite's server: its own port (MASTHEAD_TEST_PORT + 5 unless MASTHEAD_E2E_PORT says otherwise). */
export function e2ePort(): number {
  if (process.env.MASTHEAD_E2E_PORT) return Number(process.env.MASTHEAD_E2E_PORT);
  return Number(process.env.MASTHEAD_TEST_PORT || 4310) + 5;
}

/**
 * Builds the site with a test Clerk instance (so the pricing page really mounts Clerk) and starts
 * it with a key pair made for this run, so that a test can open the member area with a session
 * token it mints; the browser tests then drive it with Debian's chromium.
 */
export default async function setup(project: TestProject) {
  const keys = await generateTestKeys();
  const build = {
    distDir: '.next-e2e',
    port: e2ePort(),
    env: testClerkEnv(keys.publicKeyPem),
  };
  await buildSite(build);
  const site = await startSite(build);
  project.provide('e2eUrl', site.url);
  project.provide('privateJwk', keys.privateJwk);
  return () => site.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eUrl: string;
  }
}
