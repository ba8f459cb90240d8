import { createHash } from 'node:crypto';

import type { NextRequest } from 'next/server';

import { noteReader, notesOf } from '@/lib/observability/request-context';

import { isClerkConfigured } from '../config/clerk';

import { checkSession } from './check';
import { clerkInputsOf, rememberedReaders } from './remembered-readers';

/** Clerk's session cookie (`__session`, suffixed or not) holding a token, or a bearer that may be a session JWT. */
const SESSION_COOKIE = /(?:^|;)\s*__session[^=;]*=[^;\s]/;

function carriesSession(req: NextRequest): boolean {
  return (
    SESSION_COOKIE.test(req.headers.get('cookie') ?? '') ||
    /^Bearer eyJ/.test(req.headers.get('authorization') ?? '')
  );
}

/** About a minute of distinct signed-in readers of a busy copy; a few hundred bytes each. */
const READERS_KEPT = 5_000;

const SLOT = Symbol.for('masthead.open-page-readers');

type WithReaders = typeof globalThis & { [SLOT]?: ReturnType<typeof rememberedReaders> };

/** One memory per process (the proxy's bundle may be evaluated more than once). */
function readers() {
  const global = globalThis as WithReaders;
  global[SLOT] ??= rememberedReaders(READERS_KEPT);
  return global[SLOT];
}

/** The key of a request's Clerk inputs: a hash, so that no token is kept as such. */
function keyOf(req: NextRequest): string {
  return createHash('sha256')
    .update(clerkInputsOf({ headers: req.headers, search: req.nextUrl.search }))
    .digest('base64url');
}

/**
 * Who reads a page the gate leaves open (a public article, a gift link), for the request log and
 * the metrics only: the answer does not change. The proxy runs for such a page only when the
 * request carries credentials (its matcher), so an anonymous reader pays nothing; a session is
 * then checked as Clerk checks it (`checkSession`, which notes the reader's class), locally with
 * `CLERK_JWT_KEY`. A session Clerk verified is remembered until its token expires, for requests
 * alike in everything Clerk reads (remembered-readers.ts): a reader's next page costs a lookup,
 * not a verification. A session Clerk would refresh first is not sent on that round trip before an
 * open page: it stays anonymous. An opaque token is not looked up (a call to Clerk's servers per
 * token), and nothing runs while the request log is off (no request notes).
 */
export async function noteOpenPageReader(req: NextRequest): Promise<void> {
  if (!notesOf(req.headers) || !isClerkConfigured() || !carriesSession(req)) return;
  try {
    const key = keyOf(req);
    const known = readers().get(key);
    if (known) {
      noteReader(req.headers, known);
      return;
    }
    const session = await checkSession(req);
    if (!session.handshake && session.viewer.kind === 'signed-in' && session.expiresAt)
      readers().set(key, session.viewer, session.expiresAt);
  } catch {
    // Clerk's keys out of reach (no CLERK_JWT_KEY, its servers down): the page is public anyway,
    // and the reader stays anonymous in its line rather than the page failing for the log's sake.
  }
}
