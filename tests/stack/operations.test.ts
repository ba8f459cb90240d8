import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { load } from '../../scripts/lib/load';
import { mixedTraffic } from '../../scripts/lib/mixed-traffic';
import type { Stack } from '../../scripts/lib/stack';
import { startTestStack } from './stack-under-test';

let stack: Stack;

beforeAll(async () => {
  stack = await startTestStack({ prometheus: true });
});

afterAll(async () => {
  await stack?.stop();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Series {
  metric: Record<string, string>;
  value: [number, string];
}

/** An instant query of Prometheus's HTTP API. */
async function query(expr: string): Promise<Series[]> {
  const url = `${stack.prometheus?.url}/api/v1/query?query=${encodeURIComponent(expr)}`;
  const answer = (await (await fetch(url)).json()) as {
    status: string;
    data: { result: Series[] };
  };
  expect(answer.status, expr).toBe('success');
  return answer.data.result;
}

/** The query's series once it has `count` of them: Prometheus scrapes every 2 s. */
async function seriesOf(expr: string, count = 1): Promise<Series[]> {
  let result: Series[] = [];
  for (let tries = 0; tries < 30; tries++) {
    result = await query(expr);
    if (result.length >= count) return result;
    await pause(1000);
  }
  return result;
}

describe('Prometheus in front of the three copies', () => {
  it("scrapes every copy's metrics listener", async () => {
    const up = await seriesOf('up{job="masthead"} == 1', 3);
    expect(up.map((series) => series.metric.instance).sort()).toEqual(
      stack.copies.map((copy) => `127.0.0.1:${copy.metricsPort}`).sort(),
    );
  });

  it('has loaded the alerting rules shipped in ops/prometheus/alerts.yml', async () => {
    const answer = (await (await fetch(`${stack.prometheus?.url}/api/v1/rules`)).json()) as {
      data: { groups: { name: string; file: string; rules: { name: string; type: string }[] }[] };
    };
    const group = answer.data.groups.find((candidate) => candidate.name === 'masthead');
    expect(group?.file).toMatch(/ops\/prometheus\/alerts\.yml$/);
    expect(group?.rules.map((rule) => rule.name)).toEqual(
      expect.arrayContaining([
        'MastheadClerkDown',
        'MastheadRefusalsSpiking',
        'MastheadServerErrors',
        'MastheadMemoryGrowth',
        'MastheadGiftKeyRotationDue',
      ]),
    );
    expect(group?.rules.every((rule) => rule.type === 'alerting')).toBe(true);
  });

  it('finds the series it expects after a burst of mixed traffic, from every copy', async () => {
    const shares = await mixedTraffic(stack.url, inject('privateJwk'));
    const results = await Promise.all(
      shares.map((share) => load(share.target, share.connections, 5)),
    );
    expect(results.reduce((sum, result) => sum + result.requests, 0)).toBeGreaterThan(20);
    expect(results.reduce((sum, result) => sum + result.errors, 0)).toBe(0);

    const requests = await seriesOf('sum by (instance) (masthead_http_requests_total)', 3);
    expect(requests).toHaveLength(3);
    for (const [expr, count] of [
      ['masthead_http_requests_total{route="/blog/[slug]",reader="subscriber",status="200"}', 1],
      ['masthead_http_requests_total{route="/api/private/me",reader="anonymous",status="401"}', 1],
      [
        'masthead_http_request_duration_seconds_bucket{route="/dashboard",reader="member",le="+Inf"}',
        1,
      ],
      ['masthead_gate_decisions_total{outcome="reading-full"}', 1],
      ['masthead_gate_decisions_total{outcome="unauthenticated"}', 1],
      ['masthead_token_cache_entries', 3],
      ['masthead_gift_keys', 3],
      ['process_resident_memory_bytes{job="masthead"}', 3],
      ['nodejs_heap_size_used_bytes{job="masthead"}', 3],
    ] as const) {
      expect((await seriesOf(expr, count)).length, expr).toBeGreaterThanOrEqual(count);
    }
  }, 120_000);

  it('serves no metrics on the public address', async () => {
    for (const address of ['/metrics', '/api/metrics']) {
      const answer = await fetch(`${stack.url}${address}`);
      expect(answer.status, address).toBe(404);
      expect(await answer.text()).not.toContain('masthead_http_requests_total');
    }
  });

  it("gives each request nginx's id, in nginx's log, on the answer and in the copy's log line", async () => {
    const answer = await fetch(`${stack.url}/readyz`);
    const id = answer.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    await pause(300);
    expect(await readFile(path.join(stack.dir, 'access.log'), 'utf8')).toContain(`id=${id}`);
    const logged = stack.copies.some((copy) => copy.output().includes(`"reqId":"${id}"`));
    expect(logged, "the copy's log line carries nginx's id").toBe(true);
  });
});
