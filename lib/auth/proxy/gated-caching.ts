import type { NextRequest } from 'next/server';

import { PRIVATE_HEADERS } from './responses';
import { hasMalformedEncoding, isGatedRoute } from './routes';

/**
 * Every answer of a gated route depends on who asks, so no shared cache may keep it: the proxy's
 * own (Clerk's redirects to sign in or to a pending task, its 404), and what the route answers
 * after it (Next.js's 405 and `OPTIONS` answers say nothing of caching; a header the proxy sets
 * is kept on the final response). A signed-in reader's rendering of a gated post gets it from
 * the proxy's rewrite (lib/auth/proxy/readings/rewrite.ts).
 */
export function withGatedCaching(req: NextRequest, res: Response): Response {
  if (!hasMalformedEncoding(req.nextUrl.pathname) && isGatedRoute(req)) {
    res.headers.set('Cache-Control', PRIVATE_HEADERS['Cache-Control']);
  }
  return res;
}
