import 'server-only';

import { createServer } from 'node:http';

import type { Logger } from 'pino';

import { readEnv } from '@/lib/env.mjs';

import type { SiteMetrics } from './metrics';
import { leaveUnobserved } from './request-log';

/**
 * The metrics in Prometheus's text format at `/metrics`, on a listener of their own: by default on
 * 127.0.0.1, which no one off this machine reaches, and never on the site's port, whose routes
 * have no `/metrics` (tests check it). Unset `MASTHEAD_METRICS_PORT`, nothing listens.
 */
export function serveMetrics(metrics: SiteMetrics, log: Logger): void {
  const port = readEnv('MASTHEAD_METRICS_PORT');
  if (port === undefined) return;
  const host = readEnv('MASTHEAD_METRICS_HOST');
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    metrics.exposition().then(
      (text) =>
        res
          .writeHead(200, {
            'Content-Type': metrics.contentType,
            'Cache-Control': 'no-store',
          })
          .end(text),
      (error: unknown) => {
        log.error({ err: error }, 'metrics could not be collected');
        res.writeHead(500).end();
      },
    );
  });
  leaveUnobserved(server);
  server.on('error', (error) =>
    log.error({ err: error, port, host }, 'the metrics listener could not start'),
  );
  // The site's own shutdown ends the process; this listener must not keep it alive.
  server.listen(port, host, () => server.unref());
  log.info({ port, host }, 'metrics listening');
}
