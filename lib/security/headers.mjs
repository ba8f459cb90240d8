// @ts-check
// Plain JavaScript, type-checked from its JSDoc: next.config.mjs reads this at build time, and the
// proxy per request, so that every response carries the same headers whichever of them answers.

import { createHash, randomBytes } from 'node:crypto';

import {
  DASHBOARD_PATH,
  PRICING_PATH,
  SETTINGS_PATH,
  SIGN_IN_PATH,
  SIGN_UP_PATH,
} from '../paths.mjs';
import { THEME_SCRIPT } from '../theme/theme-script.mjs';

/** Pages rendered per request, which pass through the proxy and Clerk: the only ones that can carry a nonce. */
export const PER_REQUEST_PAGES = [SIGN_IN_PATH, SIGN_UP_PATH, DASHBOARD_PATH, SETTINGS_PATH].map(
  (path) => `${path}/:path*`,
);

/** Pages that load Clerk's browser script: the static pricing page and the pages rendered per request. */
export const CLERK_PAGES = [PRICING_PATH, ...PER_REQUEST_PAGES];

/**
 * What Clerk's components load, frame and call, beyond the instance's Frontend API: the defaults
 * of @clerk/nextjs 7.9.17's own policy (server/content-security-policy.js), which cover its bot
 * protection (Cloudflare Turnstile, Clerk Protect), Clerk Billing (Stripe), address lookup and
 * telemetry. Its broad `https:` and `'unsafe-inline'` script sources are left out.
 */
const CLERK_SOURCES = {
  'script-src': [
    'https://challenges.cloudflare.com',
    'https://js.stripe.com',
    'https://*.js.stripe.com',
    'https://maps.googleapis.com',
    'https://*.protect.clerk.com',
  ],
  'connect-src': [
    'https://clerk-telemetry.com',
    'https://*.clerk-telemetry.com',
    'https://api.stripe.com',
    'https://maps.googleapis.com',
    'https://img.clerk.com',
    'https://*.protect.clerk.com:*',
  ],
  'frame-src': [
    'https://challenges.cloudflare.com',
    'https://js.stripe.com',
    'https://*.js.stripe.com',
    'https://hooks.stripe.com',
    'https://*.protect.clerk.com',
  ],
  'img-src': ['https://img.clerk.com'],
  'worker-src': ['blob:'],
};

/** `'sha256-…'` of the theme script in <head>, the only inline script the site writes itself. */
export const THEME_SCRIPT_HASH = `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`;

/** A fresh nonce for one response. */
export function createNonce() {
  return randomBytes(16).toString('base64');
}

/**
 * The origin of a Clerk instance's Frontend API, which serves Clerk's browser script and answers
 * its calls: the publishable key holds its host name, base64-encoded, after `pk_live_`/`pk_test_`.
 * @param {string | undefined} publishableKey
 * @returns {string | undefined}
 */
export function clerkFrontendApi(publishableKey) {
  const encoded = /^pk_(?:live|test)_([A-Za-z0-9+/=_-]+)$/.exec(publishableKey ?? '')?.[1];
  if (!encoded) return undefined;
  const host = Buffer.from(encoded, 'base64').toString('utf8').replace(/\$$/, '');
  return /^[a-z0-9.-]+(?::\d+)?$/i.test(host) ? `https://${host}` : undefined;
}

/**
 * @typedef {object} PolicyOptions
 * @property {boolean} clerk Whether the page loads Clerk's components.
 * @property {string} [nonce] The response's nonce: only a page rendered per request can carry one.
 * @property {string} [frontendApi] The Clerk instance's Frontend API origin.
 * @property {boolean} [development] `next dev`, whose React debugging needs eval and whose overlay injects styles.
 */

/**
 * The Content-Security-Policy of one response.
 *
 * Next.js 16 writes the RSC payload of every page into inline scripts (`self.__next_f.push(…)`),
 * different on every page and rewritten whenever a page is regenerated; it can put a nonce on them
 * but never publishes their hashes, and a static page has no per-request nonce. So:
 * - a page rendered per request (sign-in, the member area) gets a nonce, which Next.js and Clerk
 *   put on their scripts, with `'strict-dynamic'` for the scripts those load (Clerk's own,
 *   Turnstile, Stripe) and the theme script's hash: no other inline script runs;
 * - a static page (the readers' pages, pricing, feeds, files) allows inline script elements from
 *   its own origin, because no hash can name the payload scripts (a hash in the list would also
 *   disable `'unsafe-inline'`), while `script-src-attr 'none'` keeps inline event handlers out and
 *   no script may come from anywhere but this origin (and Clerk's hosts, on pricing).
 * Clerk's components inject <style> elements, so its pages need `style-src 'unsafe-inline'`; the
 * readers' pages do not.
 * @param {PolicyOptions} options
 * @returns {string}
 */
export function contentSecurityPolicy({ clerk, nonce, frontendApi, development = false }) {
  const clerkSources = (/** @type {keyof typeof CLERK_SOURCES} */ name) =>
    clerk
      ? [
          ...(frontendApi && (name === 'script-src' || name === 'connect-src')
            ? [frontendApi]
            : []),
          ...CLERK_SOURCES[name],
        ]
      : [];
  const evalInDevelopment = development ? ["'unsafe-eval'"] : [];
  const scriptSources = nonce
    ? [`'nonce-${nonce}'`, "'strict-dynamic'", THEME_SCRIPT_HASH, ...evalInDevelopment]
    : ["'self'", "'unsafe-inline'", ...clerkSources('script-src'), ...evalInDevelopment];
  /** @type {[string, string[]][]} */
  const directives = [
    ['default-src', ["'self'"]],
    // First of the script directives: Next.js and Clerk read the nonce from the first one whose name starts with `script-src`.
    ['script-src', scriptSources],
    ['script-src-attr', ["'none'"]],
    ['style-src', ["'self'", ...(clerk || development ? ["'unsafe-inline'"] : [])]],
    ['img-src', ["'self'", ...clerkSources('img-src')]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...clerkSources('connect-src')]],
    ['frame-src', ["'self'", ...clerkSources('frame-src')]],
    ['worker-src', ["'self'", ...clerkSources('worker-src')]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * Browser features no page of the site uses, switched off for it and anything it frames; Stripe's
 * frame (Clerk Billing's checkout) may ask for a wallet payment.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=(self "https://js.stripe.com")',
  'serial=()',
  'usb=()',
].join(', ');

/**
 * @typedef {'Content-Security-Policy' | 'Strict-Transport-Security' | 'X-Content-Type-Options' | 'X-Frame-Options' | 'Referrer-Policy' | 'Permissions-Policy'} SecurityHeaderName
 */

/**
 * Every security header of one response.
 * @param {PolicyOptions} options
 * @returns {Record<SecurityHeaderName, string>}
 */
export function securityHeaders(options) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    // For browsers without `frame-ancestors`.
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
}

/**
 * The `headers()` rules of next.config.mjs: every response, then Clerk's sources on Clerk's pages
 * (a later rule's header replaces an earlier one's). The proxy replaces them on what it answers.
 * @param {{ frontendApi?: string, development?: boolean }} options
 * @returns {{ source: string, headers: { key: string, value: string }[] }[]}
 */
export function securityHeaderRoutes({ frontendApi, development = false }) {
  const asList = (/** @type {Record<string, string>} */ headers) =>
    Object.entries(headers).map(([key, value]) => ({ key, value }));
  return [
    {
      source: '/:path*',
      headers: asList(securityHeaders({ clerk: false, frontendApi, development })),
    },
    ...CLERK_PAGES.map((source) => ({
      source,
      headers: [
        {
          key: 'Content-Security-Policy',
          value: contentSecurityPolicy({ clerk: true, frontendApi, development }),
        },
      ],
    })),
  ];
}
