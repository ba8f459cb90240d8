import 'server-only';

import pino, { type Logger } from 'pino';

import { readEnv } from '@/lib/env.mjs';

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

const SLOT = Symbol.for('masthead.logger');

type WithLogger = typeof globalThis & { [SLOT]?: Logger };

/**
 * One JSON line per event on stdout, in production; readable lines in `next dev` (pino-pretty, a
 * development dependency loaded only there). One logger per process, on `globalThis` as the
 * bundles are apart (instrumentation.ts makes it first).
 */
export async function createLogger(): Promise<Logger> {
  const global = globalThis as WithLogger;
  if (global[SLOT]) return global[SLOT];
  const options = {
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED, censor: '[redacted]' },
  };
  if (readEnv('NODE_ENV') === 'development') {
    const { default: pretty } = await import('pino-pretty');
    global[SLOT] = pino(options, pretty({ sync: true, ignore: 'pid,hostname' }));
  } else {
    global[SLOT] = pino(options);
  }
  return global[SLOT];
}

/** The process's logger, once instrumentation.ts has made it. */
export function logger(): Logger | undefined {
  return (globalThis as WithLogger)[SLOT];
}
