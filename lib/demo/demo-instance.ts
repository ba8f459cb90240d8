import 'server-only';

import { generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';

import { GIFT_SECRET_VARIABLE } from '@/lib/auth/gift/keys';

import { demoWithClerkKeysProblem } from './demo-setting.mjs';

/**
 * The demo's signing key lives in this process's memory only: never in a file the server could
 * serve, never committed. It must stay on `globalThis` under a registered symbol, not in a
 * module-level value: instrumentation.ts makes it, and the demo's route signs with it, from
 * separate bundles with their own copies of this module; the global object is all they share.
 */
const SLOT = Symbol.for('masthead.demo-instance');

interface DemoInstance {
  signingKey: KeyObject;
}

type WithDemoInstance = typeof globalThis & { [SLOT]?: DemoInstance };

/**
 * Makes this server process its own Clerk instance: a fresh RSA key pair whose public half goes
 * where a real instance's JWT key goes (`CLERK_JWT_KEY`, passed to `clerkMiddleware` as
 * `jwtKey`), and a random secret key, which Clerk needs to sign and encrypt what the proxy
 * hands to pages. Called before any request by instrumentation.ts; sessions end with the
 * process. A real instance's keys in the environment stop it: those belong to a real site.
 */
export function startDemoInstance(env: Record<string, string | undefined> = process.env): void {
  const global = globalThis as WithDemoInstance;
  if (global[SLOT]) return;
  const problem = demoWithClerkKeysProblem(env);
  if (problem) throw new Error(problem);
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  env.CLERK_SECRET_KEY = `sk_live_demo_${randomBytes(24).toString('base64url')}`;
  env.CLERK_JWT_KEY = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  // Gift links too, unless the demo was given a key (a test that mints its own links does).
  env[GIFT_SECRET_VARIABLE] ||= `demo:${randomBytes(32).toString('base64url')}`;
  global[SLOT] = { signingKey: privateKey };
}

/** The key demo sessions are signed with; only a demo build's server has one. */
export function demoSigningKey(): KeyObject {
  const instance = (globalThis as WithDemoInstance)[SLOT];
  if (!instance)
    throw new Error(
      'The demo identity provider has not started: it starts with a demo build (MASTHEAD_DEMO_IDENTITIES=true).',
    );
  return instance.signingKey;
}
