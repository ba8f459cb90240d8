import { randomBytes } from 'node:crypto';

import type { TestProject } from 'vitest/node';

import { startClerkBackendStandIn } from '@/lib/demo/fake-clerk/backend-api';

import { generateTestKeys, testClerkEnv } from '../../scripts/lib/clerk-tokens';
import { buildSite, type RunningSite, startSite } from '../../scripts/lib/next-site';

const basePort = Number(process.env.MASTHEAD_TEST_PORT || 4310);

/** Ports after those of the test sites, the standalone server and the refusal tests. */
export const DEMO_SITE_PORT_OFFSET = 7;

/**
 * Builds the real site four times (with a test Clerk instance, with no Clerk keys at all, as a
 * private preview, and as the demo with its own identities) and starts each, so that every
 * integration test drives the real proxy, Clerk and pages over HTTP.
 */
export default async function setup(project: TestProject) {
  const keys = await generateTestKeys();
  // Clerk's Backend API, for the API keys, M2M tokens and plans the site asks Clerk about. It
  // hosts the test instance and another one, whose keys must be worthless here.
  const clerkSecretKey = testClerkEnv().CLERK_SECRET_KEY ?? '';
  const otherInstanceSecretKey = `sk_live_other_instance_${randomBytes(8).toString('hex')}`;
  const machineSecretKey = `ak_machine_${randomBytes(16).toString('hex')}`;
  const backendApi = await startClerkBackendStandIn({
    instances: [clerkSecretKey, otherInstanceSecretKey],
    machines: [{ id: 'mch_newsletter', secretKey: machineSecretKey, instance: clerkSecretKey }],
  });
  // Two gift keys, newest first, as after a rotation: links signed by either open.
  const giftKeys = {
    newest: `new:${randomBytes(32).toString('base64url')}`,
    older: `old:${randomBytes(32).toString('base64url')}`,
  };
  const withKeys = {
    distDir: '.next-test',
    port: basePort,
    env: {
      ...testClerkEnv(keys.publicKeyPem),
      CLERK_API_URL: backendApi.url,
      MASTHEAD_GIFT_SECRET: `${giftKeys.newest},${giftKeys.older}`,
    },
  };
  const noKeys = { distDir: '.next-test-nokeys', port: basePort + 1, env: {} };
  // A private preview is built as one (the setting is built in). It shares the public site's URL,
  // so that the same tokens (their `azp`) are valid on both. It has no gift key: gifting is off there.
  const privateSite = {
    distDir: '.next-test-private',
    port: basePort + 2,
    env: {
      ...testClerkEnv(keys.publicKeyPem),
      CLERK_API_URL: backendApi.url,
      MASTHEAD_PRIVATE_SITE: 'true',
      NEXT_PUBLIC_SITE_URL: `http://localhost:${basePort}`,
    },
  };

  const demo = {
    distDir: '.next-test-demo',
    port: basePort + DEMO_SITE_PORT_OFFSET,
    env: { MASTHEAD_DEMO_IDENTITIES: 'true' },
  };

  await buildSite(withKeys);
  await buildSite(noKeys);
  await buildSite(privateSite);
  await buildSite(demo);
  const running: RunningSite[] = [];
  try {
    running.push(
      await startSite(withKeys),
      await startSite(noKeys),
      await startSite(privateSite),
      await startSite(demo),
    );
  } catch (error) {
    await Promise.all([...running.map((site) => site.stop()), backendApi.stop()]);
    throw error;
  }
  const [site, bare, preview, demoSite] = running as [
    RunningSite,
    RunningSite,
    RunningSite,
    RunningSite,
  ];
  project.provide('siteUrl', site.url);
  project.provide('noKeysUrl', bare.url);
  project.provide('privateSiteUrl', preview.url);
  project.provide('privateJwk', keys.privateJwk);
  project.provide('giftKeys', giftKeys);
  project.provide('distDir', withKeys.distDir);
  project.provide('demoUrl', demoSite.url);
  project.provide('demoDistDir', demo.distDir);
  project.provide('clerkBackend', {
    url: backendApi.url,
    secretKey: clerkSecretKey,
    otherInstanceSecretKey,
    machineSecretKey,
  });

  return async () => {
    await Promise.all([...running.map((s) => s.stop()), backendApi.stop()]);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    noKeysUrl: string;
    /** The site built with MASTHEAD_PRIVATE_SITE=true. */
    privateSiteUrl: string;
    privateJwk: import('jose').JWK;
    /** The test site's MASTHEAD_GIFT_SECRET entries (`kid:secret`). */
    giftKeys: { newest: string; older: string };
    distDir: string;
    /** The site built with MASTHEAD_DEMO_IDENTITIES=true and no Clerk keys. */
    demoUrl: string;
    demoDistDir: string;
    /** The stand-in for Clerk's Backend API the site with keys calls (CLERK_API_URL), and the keys to call it with. */
    clerkBackend: {
      url: string;
      secretKey: string;
      otherInstanceSecretKey: string;
      machineSecretKey: string;
    };
  }
}
