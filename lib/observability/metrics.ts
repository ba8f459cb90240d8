import 'server-only';

import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

import { giftKeys } from '@/lib/auth/gift/keys';

import { installOperationsSink, tokenCacheSize } from './events';
import { giftKeyMadeAt } from './gift-key-age';
import { createRequestMetrics, type FinishedRequest } from './request-metrics';

export interface SiteMetrics {
  request(finished: FinishedRequest): void;
  /** Every metric in Prometheus's text format, as the metrics listener serves it. */
  exposition(): Promise<string>;
  contentType: string;
}

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

/** The site's metrics: the requests' own (request-metrics.ts), and the rest in a registry of their own with Node's default process metrics. */
export function createSiteMetrics(): SiteMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = createRequestMetrics();
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
    request: requests.record,
    // prom-client's text ends with a newline; the request series follow it.
    exposition: async () => (await registry.metrics()) + requests.exposition(),
    contentType: registry.contentType,
  };
}
