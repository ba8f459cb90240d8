import type { IncomingHttpHeaders } from 'node:http';

import type { Viewer } from '@/lib/auth/policy';

import { type ReaderClass, readerClassOf } from './reader';

/** What the site learns about a request while answering it, for its log line and its metrics. */
export interface RequestNotes {
  id: string;
  reader: ReaderClass;
  /** The access decision's reason, once the proxy (or a rule it ran) gave one; none where the proxy did not run. */
  reason?: string;
  /** A server error Next.js reported for this request (onRequestError), by its digest. */
  error?: { digest?: string; routeType: string };
}

/**
 * The request header that names a request's notes, set by the request log's hook on the request
 * as it arrives (request-log.ts), over any value a client sent. The proxy reads it from its
 * `NextRequest`, pages and route handlers from `headers()`, and Next.js's `onRequestError` from
 * the request it reports: each finds the same notes without an AsyncLocalStorage context, whose
 * store Node 20 copies onto every promise the process makes once it has been entered, in every
 * request, noted or not (about 3 % of an anonymous article's req/s: docs/performance.md).
 */
export const NOTES_HEADER = 'x-masthead-notes';

/** A request's headers as the proxy, a page (`headers()`) or a route handler holds them. */
export interface HeaderReader {
  get(name: string): string | null;
}

/**
 * The notes of the requests being answered, by the random key in their header. One map per
 * process, on `globalThis` under a registered symbol: instrumentation.ts, the proxy and the route
 * handlers are bundled apart, and each bundle would otherwise hold its own. No `server-only`
 * import: the proxy uses this.
 */
const SLOT = Symbol.for('masthead.request-notes');

type WithNotes = typeof globalThis & { [SLOT]?: Map<string, RequestNotes> };

function inFlight(): Map<string, RequestNotes> {
  const global = globalThis as WithNotes;
  global[SLOT] ??= new Map();
  return global[SLOT];
}

/** Opens a request's notes under a key only this process knows, and returns what closes them. */
export function openNotes(
  headers: IncomingHttpHeaders,
  key: string,
  notes: RequestNotes,
): () => void {
  headers[NOTES_HEADER] = key;
  const open = inFlight();
  open.set(key, notes);
  return () => open.delete(key);
}

/** A `Headers`, not Node's plain object of headers (where a client may send a header named `get`). */
const isHeaderReader = (headers: HeaderReader | IncomingHttpHeaders): headers is HeaderReader =>
  typeof headers.get === 'function';

/** The notes of the request these headers came with, if it has any (not at build time, not in unit tests, not while the log is off). */
export function notesOf(headers: HeaderReader | IncomingHttpHeaders): RequestNotes | undefined {
  const key = isHeaderReader(headers) ? headers.get(NOTES_HEADER) : headers[NOTES_HEADER];
  return typeof key === 'string' ? inFlight().get(key) : undefined;
}

/** Records who the reader is; a later, better-informed note (the page's own check) replaces the proxy's. */
export function noteReader(headers: HeaderReader, who: Viewer | 'machine'): void {
  const notes = notesOf(headers);
  if (notes) notes.reader = who === 'machine' ? 'machine' : readerClassOf(who);
}

/** The reason of a page the gate leaves open to anyone: not a gate decision, so not counted as one. */
export const PUBLIC_REASON = 'public';

/** A rule's own reason (a reading's class, a refused token), which the proxy's outcome does not replace. */
export function noteReason(headers: HeaderReader, reason: string): void {
  const notes = notesOf(headers);
  if (notes) notes.reason = reason;
}

/** The gate's outcome as the proxy's answer says it, unless a rule already gave a finer reason. */
export function noteGateAnswer(headers: HeaderReader, status: number): void {
  const notes = notesOf(headers);
  if (notes) notes.reason ??= gateOutcome(status);
}

/** The answer's status as an outcome a person reads: what the gate did, not which rule. */
export function gateOutcome(status: number): string {
  if (status >= 200 && status < 300) return 'allowed';
  if (status >= 300 && status < 400) return 'redirected';
  const named: Record<number, string> = {
    400: 'malformed',
    401: 'unauthenticated',
    403: 'forbidden',
    404: 'not-found',
    405: 'method-not-allowed',
    503: 'unavailable',
  };
  return named[status] ?? `status-${status}`;
}
