import 'server-only';

import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

import { giftKeys } from '@/lib/auth/gift/keys';

import { installOperationsSink, tokenCacheSize } from './events';
import { giftKeyMadeAt } from './gift-key-age';

/** What the log line of a finished request also feeds into the metrics. */
export interface FinishedRequest {
  route: string;
  reader: string;
  status: number;
  seconds: number;
  /** The gate's outcome, where the proxy ran. */
  gate?: string;
  /** Next.js's `x-nextjs-cache` for a page it keeps (HIT, STALE, MISS, REVALIDATED). */
  renderCache?: string;
}

export interface SiteMetrics {
  registry: Registry;
  request(finished: FinishedRequest): void;
}

/** Latency buckets from a cached page (a millisecond) to a request that waited out Clerk's timeout. */
const REQUEST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

function giftKeyGauges(registry: Registry) {
  new Gauge({
    name: 'masthead_gift_signing_key_made_timestamp_seconds',
    help: 'When the key that seals new gift links was made, from its id (YYYY-MM); absent when the id is not a date or gifting is off',
    registers: [registry],
    collect() {
      this.reset();
      const keys = giftKeys();
      const madeAt = keys.on ? giftKeyMadeAt(keys.keys[0].id) : undefined;
      if (madeAt) this.set(madeAt.getTime() / 1000);
    },
  });
  new Gauge({
    name: 'masthead_gift_keys',
    help: 'Keys that open gift links (the first also seals); 0 when gifting is off',
    registers: [registry],
    collect() {
      const keys = giftKeys();
      this.set(keys.on ? keys.keys.length : 0);
    },
  });
}

/** The site's metrics in a registry of their own, with Node's default process metrics. */
export function createSiteMetrics(): SiteMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'masthead_http_requests_total',
    help: 'Requests the site answered itself (not static files), by route pattern, reader class and status',
    labelNames: ['route', 'reader', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'masthead_http_request_duration_seconds',
    help: 'Time from the request to the end of its answer, by route pattern and reader class',
    labelNames: ['route', 'reader'],
    buckets: REQUEST_BUCKETS,
    registers: [registry],
  });
  const gate = new Counter({
    name: 'masthead_gate_decisions_total',
    help: "The proxy's access decisions, by outcome",
    labelNames: ['outcome'],
    registers: [registry],
  });
  const clerk = new Histogram({
    name: 'masthead_clerk_call_duration_seconds',
    help: "Calls to Clerk's Backend API by endpoint and outcome, with their latency",
    labelNames: ['endpoint', 'outcome'],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
    registers: [registry],
  });
  const tokenCache = new Counter({
    name: 'masthead_token_cache_requests_total',
    help: 'Opaque tokens looked up in the verified-token cache, by hit or miss',
    labelNames: ['result'],
    registers: [registry],
  });
  new Gauge({
    name: 'masthead_token_cache_entries',
    help: 'Tokens the verifier remembers (by hash)',
    registers: [registry],
    collect() {
      this.set(tokenCacheSize());
    },
  });
  const renderCache = new Counter({
    name: 'masthead_render_cache_total',
    help: 'Pages Next.js keeps, by what its cache did (x-nextjs-cache: HIT, STALE, MISS, REVALIDATED)',
    labelNames: ['result'],
    registers: [registry],
  });
  const gifts = new Counter({
    name: 'masthead_gift_links_total',
    help: 'Gift links made, and opened (full text) or refused (expired, forged, key removed)',
    labelNames: ['event'],
    registers: [registry],
  });
  giftKeyGauges(registry);

  installOperationsSink({
    clerkCall: (endpoint, outcome, seconds) => clerk.observe({ endpoint, outcome }, seconds),
    tokenCache: (result) => tokenCache.inc({ result }),
    gift: (event) => gifts.inc({ event }),
  });

  return {
    registry,
    request({ route, reader, status, seconds, gate: outcome, renderCache: cached }) {
      requests.inc({ route, reader, status: String(status) });
      latency.observe({ route, reader }, seconds);
      if (outcome) gate.inc({ outcome });
      if (cached) renderCache.inc({ result: cached });
    },
  };
}
