import { inject } from 'vitest';

import { type Stack, startStack } from '../../scripts/lib/stack';

/** The three copies behind nginx, on the suite's ports, built by the stack's global setup; with Prometheus if asked. */
export function startTestStack(options: { prometheus?: boolean } = {}): Promise<Stack> {
  const port = inject('stackPort');
  return startStack({
    distDir: inject('distDir'),
    port,
    copies: 3,
    env: inject('copyEnv'),
    log: (line) => process.stderr.write(`[stack] ${line}\n`),
    prometheusPort: options.prometheus ? port + 14 : undefined,
  });
}

/** nginx's `$upstream_cache_status`: what the shared cache did with a request. */
export const cacheStatus = (headers: Headers) => headers.get('x-cache') ?? '';

/** Answers the cache handed out from what it had stored, rather than from a copy just now. */
export const SERVED_FROM_CACHE = new Set(['HIT', 'STALE', 'UPDATING', 'REVALIDATED']);
