import type { NextRequest } from 'next/server';

import { siteUrl } from '../../site-url';

import { apiError } from '../proxy/responses';
import { isPrivateApiRoute } from '../proxy/routes';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request that may change something was sent by a page of another site: its `Origin`
 * is not this site's (`null` included: a sandboxed frame, a redirect from elsewhere), or the
 * browser says `Sec-Fetch-Site: cross-site`. Any page can make a browser post a form or a
 * `text/plain` body with this site's cookies; no page can make it send an `Authorization` header
 * without a CORS preflight, which this site never grants, so a caller that sends one is not a
 * browser being steered.
 */
export function isCrossSiteWrite(req: Request): boolean {
  if (READS.has(req.method) || req.headers.has('authorization')) return false;
  const origin = req.headers.get('origin');
  return (
    (origin !== null && origin !== siteUrl().origin) ||
    req.headers.get('sec-fetch-site') === 'cross-site'
  );
}

/** The answer to a cross-site write. */
export function crossSiteRefused(): Response {
  return apiError(
    403,
    'forbidden',
    `Requests that change something are only accepted from pages of ${siteUrl().origin}.`,
  );
}

/**
 * The proxy's check, for what reads the session cookie to change something: the private API, and
 * server actions, which are called by id on any page's path. Next.js compares a server action's
 * `Origin` with the host itself, but answers 500 and ignores `Sec-Fetch-Site`.
 */
export function crossSiteRefusal(req: NextRequest): Response | undefined {
  if ((isPrivateApiRoute(req) || req.headers.has('next-action')) && isCrossSiteWrite(req))
    return crossSiteRefused();
}
