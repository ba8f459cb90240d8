import { createRouteMatcher } from '@clerk/nextjs/server';
import type { NextRequest } from 'next/server';

import { hasMalformedEncoding } from '@/lib/gate/routes';
import { GIFT_PREFIX } from '@/lib/gift/paths';

import { CLERK_PAGES, clerkFrontendApi, createNonce, PER_REQUEST_PAGES, securityHeaders } from './headers.mjs';

const isClerkPage = createRouteMatcher(CLERK_PAGES);

/** The request header in which a page rendered per request finds its response's nonce. */
export const NONCE_REQUEST_HEADER = 'x-nonce';
const rendersPerRequest = createRouteMatcher([...PER_REQUEST_PAGES, `${GIFT_PREFIX}/:path*`]);

/**
 * Next.js's protocol between the proxy and the page (what `NextResponse.next({ request })` writes,
 * and Clerk too on a response it has already made): the request headers the page will see.
 */
function passOnToPage(req: NextRequest, res: Response, headers: Record<string, string>) {
  const OVERRIDE = 'x-middleware-override-headers';
  if (!res.headers.has(OVERRIDE)) {
    res.headers.set(OVERRIDE, [...req.headers.keys()].join(','));
    req.headers.forEach((value, name) => res.headers.set(`x-middleware-request-${name}`, value));
  }
  for (const [name, value] of Object.entries(headers)) {
    res.headers.set(OVERRIDE, `${res.headers.get(OVERRIDE)},${name}`);
    res.headers.set(`x-middleware-request-${name}`, value);
  }
}

/**
 * Whether the proxy lets the request through to the page it names: Clerk passes a request on as a
 * rewrite to its own path (to hand the page its auth state), and its 404 as a rewrite elsewhere.
 */
function passesOn(req: NextRequest, res: Response): boolean {
  if (res.headers.has('x-middleware-next')) return true;
  const rewrite = res.headers.get('x-middleware-rewrite');
  return rewrite !== null && new URL(rewrite, req.url).pathname === req.nextUrl.pathname;
}

/**
 * The proxy's answer with the headers next.config.mjs gives every other response. A page rendered
 * per request that the proxy lets through gets a nonce: in the response's policy, and in the
 * request's, where Next.js and Clerk read it to put it on their scripts. A redirect, the gate's
 * 404 or an answer of the proxy's own is no such page and keeps the static policy, as does the
 * 400 for a path that does not decode, on which Clerk's matchers would throw.
 */
export function withSecurityHeaders(req: NextRequest, res: Response): Response {
  const matchable = !hasMalformedEncoding(req.nextUrl.pathname);
  const nonce = matchable && rendersPerRequest(req) && passesOn(req, res) ? createNonce() : undefined;
  const headers = securityHeaders({
    clerk: matchable && isClerkPage(req),
    nonce,
    frontendApi: clerkFrontendApi(process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY),
    development: process.env.NODE_ENV === 'development',
  });
  for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
  if (nonce) passOnToPage(req, res, { 'content-security-policy': headers['Content-Security-Policy'], [NONCE_REQUEST_HEADER]: nonce });
  return res;
}
