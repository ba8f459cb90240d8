// @ts-check
// Plain JavaScript, type-checked from its JSDoc: next.config.mjs reads the environment through it
// too, before any TypeScript is compiled.

import * as v from 'valibot';

import { SIGN_IN_PATH, SIGN_UP_PATH } from './paths.mjs';

/**
 * A setting whose unset and empty values both mean `fallback`.
 * @param {string} fallback
 */
const withDefault = (fallback) =>
  v.pipe(
    v.optional(v.string()),
    v.transform((value) => value || fallback),
  );

/** A setting that may be absent: unset and empty both read as `undefined`. */
const optional = () =>
  v.pipe(
    v.optional(v.string()),
    v.transform((value) => value || undefined),
  );

/** @param {string} value */
function isUrl(value) {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every environment variable the site reads, with its default and what is said when it is wrong.
 * Checks that need more than one value live with their rule and are named here: which Clerk keys
 * a site needs (lib/auth/config/clerk.ts), the gift keys (lib/auth/gift/keys.ts), and the two
 * settings `next build` builds in (lib/auth/config/private-site-setting.mjs,
 * lib/demo/demo-setting.mjs).
 */
const VARIABLES = {
  /** The canonical origin: feeds, canonical links, and the only authorized party for session tokens. */
  NEXT_PUBLIC_SITE_URL: v.pipe(
    withDefault('http://localhost:3000'),
    v.check(
      isUrl,
      (issue) =>
        `NEXT_PUBLIC_SITE_URL is not a URL: "${issue.input}". Set it to the site's origin, e.g. https://masthead.example`,
    ),
    v.transform((value) => new URL(value)),
  ),
  /** The Clerk instance (see .env.example); a demo build has its own, built in by next.config.mjs. */
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: optional(),
  CLERK_SECRET_KEY: optional(),
  /** The instance's public key: without it every session is checked against Clerk's servers. */
  CLERK_JWT_KEY: optional(),
  /** Clerk's Backend API; set only for a stand-in (the demo's, the tests'). */
  CLERK_API_URL: optional(),
  NEXT_PUBLIC_CLERK_SIGN_IN_URL: withDefault(SIGN_IN_PATH),
  NEXT_PUBLIC_CLERK_SIGN_UP_URL: withDefault(SIGN_UP_PATH),
  /** `kid:secret` pairs, newest first; unset, gift links are off (parseGiftKeys says why). */
  MASTHEAD_GIFT_SECRET: optional(),
  /** A private preview build: `true` or `false`, built in; anything else builds a private site and says so. */
  MASTHEAD_PRIVATE_SITE: v.optional(v.string()),
  /** A demo build with simulated identities: `true` or `false`, built in; anything else stops the build. */
  MASTHEAD_DEMO_IDENTITIES: v.optional(v.string()),
  /** Where `next build` writes (the tests build several sites side by side). */
  MASTHEAD_DIST_DIR: withDefault('.next'),
  /** Set by Next.js. */
  NODE_ENV: withDefault('production'),
};

/** @typedef {keyof typeof VARIABLES} EnvName */

/**
 * The raw values, each read as `process.env.NAME`: Next inlines `NEXT_PUBLIC_*` and the settings
 * next.config.mjs builds in (`env`) only where they are spelled out, and a demo server sets its
 * keys when it starts, so they are read at each call, not once.
 * @returns {Record<EnvName, string | undefined>}
 */
function rawValues() {
  return {
    NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY,
    CLERK_SECRET_KEY: process.env.CLERK_SECRET_KEY,
    CLERK_JWT_KEY: process.env.CLERK_JWT_KEY,
    CLERK_API_URL: process.env.CLERK_API_URL,
    NEXT_PUBLIC_CLERK_SIGN_IN_URL: process.env.NEXT_PUBLIC_CLERK_SIGN_IN_URL,
    NEXT_PUBLIC_CLERK_SIGN_UP_URL: process.env.NEXT_PUBLIC_CLERK_SIGN_UP_URL,
    MASTHEAD_GIFT_SECRET: process.env.MASTHEAD_GIFT_SECRET,
    MASTHEAD_PRIVATE_SITE: process.env.MASTHEAD_PRIVATE_SITE,
    MASTHEAD_DEMO_IDENTITIES: process.env.MASTHEAD_DEMO_IDENTITIES,
    MASTHEAD_DIST_DIR: process.env.MASTHEAD_DIST_DIR,
    NODE_ENV: process.env.NODE_ENV,
  };
}

/**
 * One variable, checked: its value, its default, or an error that says what to set. Only the
 * variable asked for is checked, so a wrong one stops only what reads it.
 * @template {EnvName} Name
 * @param {Name} name
 * @returns {v.InferOutput<(typeof VARIABLES)[Name]>}
 */
export function readEnv(name) {
  const result = v.safeParse(VARIABLES[name], rawValues()[name]);
  if (!result.success) throw new Error(result.issues[0].message);
  return /** @type {v.InferOutput<(typeof VARIABLES)[Name]>} */ (result.output);
}

/**
 * Whether a variable is set to anything (an empty value counts as unset), its default aside.
 * @param {EnvName} name
 */
export function isEnvSet(name) {
  return Boolean(rawValues()[name]);
}

/**
 * A build setting as the server was started with it, read by a computed name, which Next does not
 * inline: `readEnv` gives the value built in, this one what the environment says now.
 * @param {'MASTHEAD_PRIVATE_SITE' | 'MASTHEAD_DEMO_IDENTITIES'} name
 * @returns {string | undefined}
 */
export function readEnvAtStart(name) {
  return process.env[name];
}
