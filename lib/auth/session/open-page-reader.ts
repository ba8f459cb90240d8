import type { NextRequest } from 'next/server';

import { currentRequest } from '@/lib/observability/request-context';

import { isClerkConfigured } from '../config/clerk';

import { checkSession } from './check';

/** Clerk's session cookie (`__session`, suffixed or not) holding a token, or a bearer that may be a session JWT. */
const SESSION_COOKIE = /(?:^|;)\s*__session[^=;]*=[^;\s]/;

function carriesSession(req: NextRequest): boolean {
  return (
    SESSION_COOKIE.test(req.headers.get('cookie') ?? '') ||
    /^Bearer eyJ/.test(req.headers.get('authorization') ?? '')
  );
}

/**
 * Who reads a page the gate leaves open (a public article, a gift link), for the request log and
 * the metrics only: the answer does not change. The proxy runs for such a page only when the
 * request carries credentials (its matcher), so an anonymous reader pays nothing; a session is
 * then checked as Clerk checks it (`checkSession`, which notes the reader's class), locally with
 * `CLERK_JWT_KEY`. A session Clerk would refresh first is not sent on that round trip before an
 * open page: it stays anonymous. An opaque token is not looked up (a call to Clerk's servers per
 * token), and nothing runs while the request log is off (no request notes).
 */
export async function noteOpenPageReader(req: NextRequest): Promise<void> {
  if (!currentRequest() || !isClerkConfigured() || !carriesSession(req)) return;
  try {
    await checkSession(req);
  } catch {
    // Clerk's keys out of reach (no CLERK_JWT_KEY, its servers down): the page is public anyway,
    // and the reader stays anonymous in its line rather than the page failing for the log's sake.
  }
}
