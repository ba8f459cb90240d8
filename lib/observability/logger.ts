import 'server-only';

import pino, { type Logger } from 'pino';

import { readEnv } from '@/lib/env.mjs';

import { isoTimeField } from './log-time';
import { requestLine, type RequestLineFields } from './request-line';

/**
 * Never written, whatever a caller hands the logger: pino replaces these paths, in the request's
 * error and in anything else logged, with `[redacted]`. The request line itself only carries
 * fields chosen for it (lib/observability/request-log.ts).
 */
const REDACTED = [
  '*.headers',
  '*.cookie',
  '*.cookies',
  '*.authorization',
  '*.token',
  '*.email',
  '*.secret',
  'req',
  'res',
];

/**
 * Lines leave in batches of about 4 KB, and at least every 100 ms: one write(2), and one wake-up
 * of whatever reads stdout (journald, a container runtime), per batch rather than per request
 * (what that cost: docs/performance.md). pino writes what is still held when the process exits,
 * synchronously.
 */
const BATCHED = { dest: 1, sync: false, minLength: 4096, periodicFlush: 100 };

const SLOT = Symbol.for('masthead.logger');

const LINES_SLOT = Symbol.for('masthead.request-lines');

/** Writes one request's log line (request-log.ts). */
export type RequestLineWriter = (fields: RequestLineFields) => void;

type WithLogger = typeof globalThis & { [SLOT]?: Logger; [LINES_SLOT]?: RequestLineWriter };

/**
 * One JSON line per event on stdout (batched), in production; readable lines in `next dev`
 * (pino-pretty, a development dependency loaded only there). One logger per process, on
 * `globalThis` as the bundles are apart (instrumentation.ts makes it first).
 */
export async function createLogger(): Promise<Logger> {
  const global = globalThis as WithLogger;
  if (global[SLOT]) return global[SLOT];
  const options = {
    base: { pid: process.pid },
    timestamp: isoTimeField(),
    redact: { paths: REDACTED, censor: '[redacted]' },
  };
  if (readEnv('NODE_ENV') === 'development') {
    const { default: pretty } = await import('pino-pretty');
    const log = pino(options, pretty({ sync: true, ignore: 'pid,hostname' }));
    global[SLOT] = log;
    global[LINES_SLOT] = (fields) => log.info(fields, 'request');
  } else {
    const destination = pino.destination(BATCHED);
    global[SLOT] = pino(options, destination);
    const time = isoTimeField();
    global[LINES_SLOT] = (fields) => destination.write(requestLine(fields, time(), process.pid));
  }
  return global[SLOT];
}

/**
 * The request lines' writer (request-log.ts): on the same batched output as the logger, each line
 * built whole (request-line.ts) rather than through pino, whose key loop, hooks and redaction cost
 * more than the rest of the line (docs/performance.md). Each field of a request line is chosen for
 * it (a pattern, a reduced path, a status, a class), so none is a path redaction looks for. In
 * `next dev`, through the pretty logger like every other line.
 */
export async function createRequestLineWriter(): Promise<RequestLineWriter> {
  await createLogger();
  return (globalThis as WithLogger)[LINES_SLOT] as RequestLineWriter;
}

/** The process's logger, once instrumentation.ts has made it. */
export function logger(): Logger | undefined {
  return (globalThis as WithLogger)[SLOT];
}
