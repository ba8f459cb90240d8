import { type NextRequest, NextResponse } from 'next/server';

import { pathMatcher } from '@/lib/auth/proxy/path-match';
import { hasMalformedEncoding } from '@/lib/auth/proxy/routes';
import { GIFT_PREFIX } from '@/lib/auth/gift/paths';
import { readEnv } from '@/lib/env.mjs';

import {
  CLERK_PAGES,
  clerkFrontendApi,
  createNonce,
  PER_REQUEST_PAGES,
  securityHeaders,
} from './headers.mjs';

const isClerkPage = pathMatcher(CLERK_PAGES);
const rendersPerRequest = pathMatcher([...PER_REQUEST_PAGES, `${GIFT_PREFIX}/:path*`]);

/** The security headers of one proxied request, and the way on to its page. */
export interface ProxiedPage {
  /**
   * Go on to the page the request names. A page rendered per request gets this response's nonce
   * in the request's Content-Security-Policy, where Next.js and Clerk read it to put it on their
   * scripts (`NextResponse.next({ request: { headers } })`).
   */
  passOn(): NextResponse;
  /**
   * The proxy's answer with the headers next.config.mjs gives every other response: with the
   * nonce if it is the page passed on, else the static policy (a redirect, Clerk's 404, an answer
   * of the proxy's own, or a path that does not decode, on which the path matchers would throw).
   */
  finish(res: Response): Response;
}

/** The headers of a response without a nonce, made once per process for Clerk's pages and the others. */
const staticHeaders = new Map<boolean, Record<string, string>>();

function headersWithout(options: {
  clerk: boolean;
  frontendApi?: string;
  development: boolean;
}): Record<string, string> {
  let headers = staticHeaders.get(options.clerk);
  if (!headers) {
    headers = securityHeaders(options);
    staticHeaders.set(options.clerk, headers);
  }
  return headers;
}

export function proxiedPage(req: NextRequest): ProxiedPage {
  const matchable = !hasMalformedEncoding(req.nextUrl.pathname);
  const nonce = matchable && rendersPerRequest(req) ? createNonce() : undefined;
  const options = {
    clerk: matchable && isClerkPage(req),
    frontendApi: clerkFrontendApi(readEnv('NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY')),
    development: readEnv('NODE_ENV') === 'development',
  };
  const withoutNonce = headersWithout(options);
  const withNonce = nonce ? securityHeaders({ ...options, nonce }) : withoutNonce;
  const passedOn = new WeakSet<Response>();
  return {
    passOn() {
      let res: NextResponse;
      if (nonce) {
        const headers = new Headers(req.headers);
        headers.set('content-security-policy', withNonce['Content-Security-Policy']);
        res = NextResponse.next({ request: { headers } });
      } else {
        res = NextResponse.next();
      }
      passedOn.add(res);
      return res;
    },
    finish(res) {
      const headers = passedOn.has(res) ? withNonce : withoutNonce;
      for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
      return res;
    },
  };
}
