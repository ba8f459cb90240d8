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
 * A TCP port to listen on, if set: a whole number from 1 to 65535.
 * @param {string} name
 * @param {string} unsetMeans
 */
const optionalPort = (name, unsetMeans) =>
  v.pipe(
    optional(),
    v.check(
      (value) =>
        value === undefined ||
        (/^\d{1,5}$/.test(value) && Number(value) <= 65535 && Number(value) >= 1),
      (issue) =>
        `${name} must be a port number from 1 to 65535, got "${issue.input}". Unset, ${unsetMeans}`,
    ),
    v.transform((value) => (value === undefined ? undefined : Number(value))),
  );

/**
 * An IPv4 or IPv6 address, written as a server names its peer (no brackets, no port). No
 * `node:net` here: next.config.mjs and the proxy read this file too; the URL parser knows IPv6.
 * @param {string} value
 */
function isIpAddress(value) {
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(value))
    return value.split('.').every((part) => Number(part) <= 255);
  if (!value.includes(':') || value.includes('[') || value.includes(']')) return false;
  try {
    new URL(`http://[${value}]/`);
    return true;
  } catch {
    return false;
  }
}

/** A comma-separated list, its items trimmed and the empty ones dropped. */
const listOf = () =>
  v.pipe(
    v.optional(v.string()),
    v.transform((value) =>
      (value ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
  );

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
  /** `off`: no request log and no metrics, for measuring what they cost (npm run bench). */
  MASTHEAD_OBSERVABILITY: v.pipe(
    withDefault('on'),
    v.picklist(
      ['on', 'off'],
      (issue) =>
        `MASTHEAD_OBSERVABILITY must be "on" or "off", got ${issue.received}. Unset, it is on`,
    ),
  ),
  /** The metrics listener's port (lib/observability/metrics-server.ts); unset, nothing listens. */
  MASTHEAD_METRICS_PORT: optionalPort('MASTHEAD_METRICS_PORT', 'no metrics listener starts'),
  /** The metrics listener's address: 127.0.0.1, which no one off the machine reaches, unless set. */
  MASTHEAD_METRICS_HOST: v.pipe(
    withDefault('127.0.0.1'),
    v.check(
      (value) => isIpAddress(value) || /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*$/.test(value),
      (issue) =>
        `MASTHEAD_METRICS_HOST must be an address or host name to listen on, e.g. 127.0.0.1, got "${issue.input}"`,
    ),
  ),
  /** The front's addresses (comma-separated IPs), whose `X-Request-Id` the request log takes. */
  MASTHEAD_TRUSTED_FRONT: v.pipe(
    listOf(),
    v.check(
      (addresses) => addresses.every(isIpAddress),
      (issue) =>
        `MASTHEAD_TRUSTED_FRONT must list IP addresses separated by commas (e.g. 10.0.0.5,::1), got "${issue.input.filter((item) => !isIpAddress(item)).join('", "')}"`,
    ),
  ),
  /** Where traces go over OTLP/HTTP (the exporter reads the other OTEL_* settings itself); unset, no traces. */
  OTEL_EXPORTER_OTLP_ENDPOINT: v.pipe(
    optional(),
    v.check(
      (value) => value === undefined || (isUrl(value) && /^https?:$/.test(new URL(value).protocol)),
      (issue) =>
        `OTEL_EXPORTER_OTLP_ENDPOINT is not an http(s) URL: "${issue.input}". Set it to the collector's OTLP/HTTP base, e.g. http://localhost:4318`,
    ),
  ),
  /** The traces' `service.name`. */
  OTEL_SERVICE_NAME: withDefault('masthead'),
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
    MASTHEAD_OBSERVABILITY: process.env.MASTHEAD_OBSERVABILITY,
    MASTHEAD_METRICS_PORT: process.env.MASTHEAD_METRICS_PORT,
    MASTHEAD_METRICS_HOST: process.env.MASTHEAD_METRICS_HOST,
    MASTHEAD_TRUSTED_FRONT: process.env.MASTHEAD_TRUSTED_FRONT,
    OTEL_EXPORTER_OTLP_ENDPOINT: process.env.OTEL_EXPORTER_OTLP_ENDPOINT,
    OTEL_SERVICE_NAME: process.env.OTEL_SERVICE_NAME,
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
