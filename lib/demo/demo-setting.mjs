// @ts-check
// Plain JavaScript, type-checked from its JSDoc: next.config.mjs reads this at build time, before
// any TypeScript is compiled, and the site imports it as it is.

import { readSwitch } from '../switch-setting.mjs';

/** The setting that builds the site with its own, simulated identity provider (see README, "Demo"). */
export const DEMO_IDENTITIES_VARIABLE = 'MASTHEAD_DEMO_IDENTITIES';

/** A real Clerk instance's keys: a demo build must carry none of them. */
/** @type {readonly string[]} */
export const CLERK_KEY_VARIABLES = [
  'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY',
  'CLERK_SECRET_KEY',
  'CLERK_JWT_KEY',
];

/**
 * The fictitious instance a demo build signs its sessions for. `.invalid` never resolves
 * (RFC 2606), so nothing a demo build does can reach a real Clerk instance.
 */
export const DEMO_FRONTEND_API = 'clerk.demo.masthead.invalid';

/** A production-format publishable key (`pk_live_` + base64 of the Frontend API host and `$`). */
export const DEMO_PUBLISHABLE_KEY = `pk_live_${Buffer.from(`${DEMO_FRONTEND_API}$`).toString('base64')}`;

/**
 * Unlike the private-site setting, an unclear value is not read as either: a build refuses it,
 * because guessing wrong either way surprises someone (a demo that asks for keys, or simulated
 * sign-in on a site meant to be real).
 * @param {string | undefined} value
 * @returns {{ demo: boolean, problem?: string }}
 */
export function readDemoSetting(value) {
  const demo = readSwitch(value);
  if (demo !== undefined) return { demo };
  return {
    demo: false,
    problem: `${DEMO_IDENTITIES_VARIABLE}="${value}" is neither true nor false. Set it to true (a demo with simulated identities) or remove it.`,
  };
}

/**
 * The Clerk keys set in an environment.
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function clerkKeysIn(env) {
  return CLERK_KEY_VARIABLES.filter((name) => Boolean(env[name]?.trim()));
}

/**
 * Why this environment must not build (or serve) a demo, if it must not: real Clerk keys next to
 * simulated identities would mean a site that looks real and lets anyone pick who they are.
 * @param {Record<string, string | undefined>} env
 * @returns {string | undefined}
 */
export function demoWithClerkKeysProblem(env) {
  const keys = clerkKeysIn(env);
  if (keys.length === 0) return undefined;
  return `${DEMO_IDENTITIES_VARIABLE}=true, but ${keys.join(', ')} ${keys.length === 1 ? 'is' : 'are'} set: a demo build simulates sign-in and must never run with a real Clerk instance's keys. Remove ${DEMO_IDENTITIES_VARIABLE} to use the Clerk instance, or unset the keys (check .env.local too) for the demo.`;
}
