// @ts-check
// Plain JavaScript, type-checked from its JSDoc: next.config.mjs reads this at build time, before
// any TypeScript is compiled, and the site imports it as it is.

import { EDITOR_PATH, PRIVATE_API_PATH, SIGN_IN_PATH, SIGN_UP_PATH } from '../../paths.mjs';
import { readSwitch } from '../../switch-setting.mjs';

/** The setting that turns the site protected-first: every page for signed-in editors only. */
export const PRIVATE_SITE_VARIABLE = 'MASTHEAD_PRIVATE_SITE';

/**
 * A value that is neither on nor off closes the site: a typo must not publish a staging copy.
 * @param {string | undefined} value
 * @returns {{ privateSite: boolean, problem?: string }}
 */
export function readPrivateSiteSetting(value) {
  const privateSite = readSwitch(value);
  if (privateSite !== undefined) return { privateSite };
  return {
    privateSite: true,
    problem: `${PRIVATE_SITE_VARIABLE}="${value}" is neither true nor false: building the site as private. Set it to true or false.`,
  };
}

/**
 * @typedef {object} RouteCondition
 * @property {'header' | 'query'} type
 * @property {string} key
 * @property {string} [value]
 */

/**
 * What marks a request as carrying Clerk credentials, as Next route conditions: a session or
 * client cookie (suffixed or not), a dev-instance or handshake cookie, an Authorization header,
 * a handshake in the query. `proxy.ts` repeats these in its matcher (Next reads it as a literal),
 * and a unit test keeps the two equal.
 * @type {readonly RouteCondition[]}
 */
export const CLERK_CREDENTIALS = [
  {
    type: 'header',
    key: 'cookie',
    value: '(?:.*;)?\\s*(?:__session|__client_uat|__clerk|__refresh)[^=;]*=.*',
  },
  { type: 'header', key: 'authorization' },
  { type: 'query', key: '__clerk_handshake' },
];

/**
 * On a private site, an anonymous request (no credentials at all) is sent to sign in here, before
 * the proxy: the proxy's matcher only sees requests that carry credentials or name a gated route,
 * so that a public site's readers never pay for it. Left to the proxy: the way in, the private
 * API (a JSON 401), the editors' area (a 404 that does not tell it exists) and the path where the
 * server renders member post pages for itself (a 404 to anyone else); static assets.
 * @param {boolean} privateSite
 */
export function privateSiteRedirects(privateSite) {
  if (!privateSite) return [];
  const openPrefixes = [
    PRIVATE_API_PATH,
    EDITOR_PATH,
    '/dashboard/rendered',
    SIGN_IN_PATH,
    SIGN_UP_PATH,
  ].map((path) => `${path.slice(1)}(?:/|$)`);
  return [
    {
      source: `/:path((?!_next/|${openPrefixes.join('|')}|[^?]*\\.(?:css|js|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|webmanifest)$).*)`,
      missing: [...CLERK_CREDENTIALS],
      destination: `${SIGN_IN_PATH}?redirect_url=/:path`,
      permanent: /** @type {const} */ (false),
    },
  ];
}
