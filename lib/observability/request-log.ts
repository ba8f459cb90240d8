import 'server-only';

import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { type IncomingMessage, Server, type ServerResponse } from 'node:http';
import path from 'node:path';

import { loggablePath } from '@/lib/security/loggable-path';

import type { RequestLineWriter } from './logger';
import type { SiteMetrics } from './metrics';
import { needsNotes } from './needs-notes';
import { NOTES_HEADER, openNotes, PUBLIC_REASON, type RequestNotes } from './request-context';
import { requestId } from './request-id';
import { routePattern } from './route-pattern';

const OBSERVES = Symbol.for('masthead.observes-requests');

/** A path longer than this is cut: a 4,000-character address must not make a 4,000-character line. */
const PATH_SHOWN = 200;

const shownPath = (pathname: string) => {
  const shown = loggablePath(pathname);
  return shown.length > PATH_SHOWN ? `${shown.slice(0, PATH_SHOWN)}…` : shown;
};

/** Servers of the site's own machinery (the metrics listener), whose requests are not the site's. */
const unobserved = new WeakSet<Server>();

export function leaveUnobserved(server: Server): void {
  unobserved.add(server);
}

type Emit = ((this: Server, event: string | symbol, ...args: unknown[]) => boolean) & {
  [OBSERVES]?: true;
};

/** The names at the top of public/ (images, favicon…): static files, like Next's hashed assets. */
function publicEntries(): ReadonlySet<string> {
  try {
    return new Set(readdirSync(path.join(process.cwd(), 'public')));
  } catch {
    return new Set();
  }
}

export interface RequestLogOptions {
  writeLine: RequestLineWriter;
  metrics: SiteMetrics;
  /** Addresses whose `X-Request-Id` is taken (lib/observability/request-id.ts). */
  front: ReadonlySet<string>;
}

/** The log line of a finished request: its pattern, never its raw path where that holds a secret, and nothing of its headers. */
function finished(
  req: IncomingMessage,
  res: ServerResponse,
  notes: RequestNotes,
  pathname: string,
  started: bigint,
  options: RequestLogOptions,
) {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const route = routePattern(pathname);
  const status = res.writableFinished ? res.statusCode : 499;
  const cached = res.getHeader('x-nextjs-cache');
  const renderCache = typeof cached === 'string' && cached !== '' ? cached : undefined;
  options.metrics.request({
    route,
    reader: notes.reader,
    status,
    seconds,
    gate: notes.reason === PUBLIC_REASON ? undefined : notes.reason,
    renderCache,
  });
  options.writeLine({
    reqId: notes.id,
    method: req.method,
    route,
    path: route === 'unmatched' ? undefined : shownPath(pathname),
    status,
    ms: Math.round(seconds * 10_000) / 10,
    reader: notes.reader,
    reason: notes.reason ?? PUBLIC_REASON,
    renderCache,
    error: notes.error,
  });
}

/**
 * One log line and the metrics of every request the site answers itself, written when its answer
 * ends (499 when the client left first). Next.js has no documented hook that sees each request and
 * its end (docs/next-upstream.md), so this sits on the HTTP server's `request` event, like the TRACE
 * refusal: it opens the request's notes under a header of the request (request-context.ts), where
 * the proxy and the pages note the reader and the gate's reason, and returns the request id. A
 * request nothing notes in (needs-notes.ts) is logged as it is, `anonymous` and `public`.
 */
export function observeRequests(options: RequestLogOptions): void {
  const emit = Server.prototype.emit as Emit;
  if (emit[OBSERVES]) return;
  const publicFiles = publicEntries();
  const observing: Emit = function (this: Server, event, ...args) {
    if (event !== 'request' || unobserved.has(this)) return emit.call(this, event, ...args);
    const [req, res] = args as [IncomingMessage, ServerResponse];
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const pathname = query === -1 ? url : url.slice(0, query);
    const slash = pathname.indexOf('/', 1);
    const first = pathname.slice(1, slash === -1 ? undefined : slash);
    if (pathname.startsWith('/_next/static/') || publicFiles.has(first))
      return emit.call(this, event, ...args);
    const notes: RequestNotes = {
      id: requestId(req.headers['x-request-id'], req.socket.remoteAddress, options.front),
      reader: 'anonymous',
    };
    const started = process.hrtime.bigint();
    res.setHeader('X-Request-Id', notes.id);
    let closeNotes: (() => void) | undefined;
    if (needsNotes(req.method, url, req.headers))
      closeNotes = openNotes(req.headers, randomUUID(), notes);
    // Only the hook names a request's notes: a key a client sent is dropped.
    else if (req.headers[NOTES_HEADER] !== undefined) delete req.headers[NOTES_HEADER];
    res.once('close', () => {
      closeNotes?.();
      finished(req, res, notes, pathname, started, options);
    });
    return emit.call(this, event, ...args);
  };
  observing[OBSERVES] = true;
  Server.prototype.emit = observing as Server['emit'];
}
