import { inject } from 'vitest';

import { type Stack, startStack } from '../../scripts/lib/stack';

/** The three copies behind nginx, on the suite's ports, built by the stack's global setup. */
export function startTestStack(): Promise<Stack> {
  return startStack({
    distDir: inject('distDir'),
    port: inject('stackPort'),
    copies: 3,
    env: inject('copyEnv'),
    log: (line) => process.stderr.write(`[stack] ${line}\n`),
  });
}

/** nginx's `$upstream_cache_status`: what the shared cache did with a request. */
export const cacheStatus = (headers: Headers) => headers.get('x-cache') ?? '';

/** Answers the cache handed out from what it had stored, rather than from a copy just now. */
export const SERVED_FROM_CACHE = new Set(['HIT', 'STALE', 'UPDATING', 'REVALIDATED']);
