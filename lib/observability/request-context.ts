import { AsyncLocalStorage } from 'node:async_hooks';

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
 * One store per process, on `globalThis` under a registered symbol: instrumentation.ts, the proxy
 * and the route handlers are bundled apart, and each bundle would otherwise hold its own. The
 * proxy runs in-process on the Node.js runtime, inside the server's handling of the request, so
 * what it notes lands in the request's notes (no import of `server-only`: the proxy uses this).
 */
const SLOT = Symbol.for('masthead.request-notes');

type WithStore = typeof globalThis & { [SLOT]?: AsyncLocalStorage<RequestNotes> };

export function requestNotesStore(): AsyncLocalStorage<RequestNotes> {
  const global = globalThis as WithStore;
  global[SLOT] ??= new AsyncLocalStorage<RequestNotes>();
  return global[SLOT];
}

/** The notes of the request being answered, if this runs within one (not at build time, not in unit tests). */
export function currentRequest(): RequestNotes | undefined {
  return requestNotesStore().getStore();
}

/** Records who the reader is; a later, better-informed note (the page's own check) replaces the proxy's. */
export function noteReader(who: Viewer | 'machine'): void {
  const notes = currentRequest();
  if (notes) notes.reader = who === 'machine' ? 'machine' : readerClassOf(who);
}

/** The reason of a page the gate leaves open to anyone: not a gate decision, so not counted as one. */
export const PUBLIC_REASON = 'public';

/** A rule's own reason (a reading's class, a refused token), which the proxy's outcome does not replace. */
export function noteReason(reason: string): void {
  const notes = currentRequest();
  if (notes) notes.reason = reason;
}

/** The gate's outcome as the proxy's answer says it, unless a rule already gave a finer reason. */
export function noteGateAnswer(status: number): void {
  const notes = currentRequest();
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
