import type { TestProject } from 'vitest/node';

import { generateTestKeys, testClerkEnv } from '../../scripts/lib/clerk-tokens';
import { buildSite, siteEnv } from '../../scripts/lib/next-site';

const stackPort = Number(process.env.MASTHEAD_TEST_PORT || 4310) + 10;

/**
 * Builds the site once for the stack suites, with the test Clerk instance and nginx's address as
 * its URL (the authorized party of session tokens). Each suite starts its own stack of copies.
 */
export default async function setup(project: TestProject) {
  const keys = await generateTestKeys();
  const build = { distDir: '.next-stack', port: stackPort, env: testClerkEnv(keys.publicKeyPem) };
  await buildSite(build);
  project.provide('siteUrl', `http://localhost:${stackPort}`);
  project.provide('privateJwk', keys.privateJwk);
  project.provide('distDir', build.distDir);
  project.provide('stackPort', stackPort);
  project.provide('copyEnv', siteEnv(build));
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** nginx's port; the copies listen on the ports after it. */
    stackPort: number;
    /** Run-time environment of every copy. */
    copyEnv: Record<string, string>;
  }
}
