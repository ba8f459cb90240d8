import 'server-only';

import type { Instrumentation } from 'next';

import { readEnv } from '@/lib/env.mjs';

import { createLogger, createRequestLineWriter } from './logger';
import { createSiteMetrics } from './metrics';
import { serveMetrics } from './metrics-server';
import { notesOf } from './request-context';
import { trustedFront } from './request-id';
import { observeRequests } from './request-log';
import { startTracing } from './tracing';

/**
 * Traces (when configured), the request log, the metrics and their listener, for this server
 * process (instrumentation.ts). A wrong setting (lib/env.mjs) stops the start with what to set.
 * `MASTHEAD_OBSERVABILITY=off`: no request log and no metrics, for measuring their cost.
 */
export async function startObservability(): Promise<void> {
  const tracing = startTracing();
  if (readEnv('MASTHEAD_OBSERVABILITY') === 'off') return;
  const log = await createLogger();
  if (tracing) log.info('traces exported over OTLP/HTTP (OTEL_EXPORTER_OTLP_ENDPOINT)');
  const metrics = createSiteMetrics();
  observeRequests({
    writeLine: await createRequestLineWriter(),
    metrics,
    front: trustedFront(readEnv('MASTHEAD_TRUSTED_FRONT')),
  });
  serveMetrics(metrics, log);
}

/**
 * A server error, once, with its cause chain (pino writes `err.cause`), and the request's id; the
 * request's own line then names the error by its digest, the one a reader's error page shows.
 */
export const reportRequestError: Instrumentation.onRequestError = async (
  error,
  request,
  context,
) => {
  const notes = notesOf(request.headers);
  const digest =
    typeof error === 'object' && error !== null && 'digest' in error
      ? String(error.digest)
      : undefined;
  if (notes) notes.error = { ...(digest ? { digest } : {}), routeType: context.routeType };
  const log = (await createLogger()).child({ reqId: notes?.id });
  log.error(
    { err: error, method: request.method, route: context.routePath, routeType: context.routeType },
    'request failed',
  );
};
