import { describe, expect, it } from 'vitest';

import { createRequestMetrics, REQUEST_BUCKETS } from '@/lib/observability/request-metrics';

const ARTICLE = { route: '/blog/[slug]', reader: 'anonymous' } as const;

/** The value of one exposed sample, by its name and labels as written. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((entry) => entry.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('the request metrics', () => {
  it('count requests by route, reader and status', () => {
    const metrics = createRequestMetrics();
    metrics.record({ ...ARTICLE, status: 200, seconds: 0.0009 });
    metrics.record({ ...ARTICLE, status: 200, seconds: 0.003 });
    metrics.record({ ...ARTICLE, status: 404, seconds: 0.002 });
    metrics.record({ route: '/', reader: 'member', status: 200, seconds: 0.02 });
    const text = metrics.exposition();
    const requests = 'masthead_http_requests_total';
    expect(text).toContain(`# TYPE ${requests} counter`);
    expect(sample(text, `${requests}{route="/blog/[slug]",reader="anonymous",status="200"}`)).toBe(
      2,
    );
    expect(sample(text, `${requests}{route="/blog/[slug]",reader="anonymous",status="404"}`)).toBe(
      1,
    );
    expect(sample(text, `${requests}{route="/",reader="member",status="200"}`)).toBe(1);
  });

  it('keep a cumulative latency histogram whose bounds hold the requests at or below them', () => {
    const metrics = createRequestMetrics();
    for (const seconds of [0.001, 0.0011, 0.004, 7])
      metrics.record({ ...ARTICLE, status: 200, seconds });
    const text = metrics.exposition();
    const bucket = (le: string) =>
      sample(
        text,
        `masthead_http_request_duration_seconds_bucket{le="${le}",route="/blog/[slug]",reader="anonymous"}`,
      );
    expect(text).toContain('# TYPE masthead_http_request_duration_seconds histogram');
    expect(bucket('0.001')).toBe(1);
    expect(bucket('0.0025')).toBe(2);
    expect(bucket('0.005')).toBe(3);
    expect(bucket(String(REQUEST_BUCKETS.at(-1)))).toBe(3);
    expect(bucket('+Inf')).toBe(4);
    const labels = '{route="/blog/[slug]",reader="anonymous"}';
    expect(sample(text, `masthead_http_request_duration_seconds_count${labels}`)).toBe(4);
    expect(sample(text, `masthead_http_request_duration_seconds_sum${labels}`)).toBeCloseTo(7.0061);
  });

  it('count gate outcomes and render cache results only where there was one', () => {
    const metrics = createRequestMetrics();
    metrics.record({ ...ARTICLE, status: 200, seconds: 0.001, renderCache: 'HIT' });
    metrics.record({ ...ARTICLE, status: 200, seconds: 0.001, renderCache: 'HIT' });
    metrics.record({
      ...ARTICLE,
      reader: 'subscriber',
      status: 200,
      seconds: 0.01,
      gate: 'reading-full',
    });
    metrics.record({
      route: '/dashboard',
      reader: 'anonymous',
      status: 307,
      seconds: 0.001,
      gate: 'redirected',
    });
    const text = metrics.exposition();
    expect(sample(text, 'masthead_render_cache_total{result="HIT"}')).toBe(2);
    expect(sample(text, 'masthead_gate_decisions_total{outcome="reading-full"}')).toBe(1);
    expect(sample(text, 'masthead_gate_decisions_total{outcome="redirected"}')).toBe(1);
    expect(text).not.toContain('undefined');
  });

  it('write a label value with a quote, a backslash or a line break as the text format escapes it', () => {
    const metrics = createRequestMetrics();
    metrics.record({ ...ARTICLE, status: 200, seconds: 0.001, renderCache: 'a"b\\c\nd' });
    const text = metrics.exposition();
    expect(sample(text, 'masthead_render_cache_total{result="a\\"b\\\\c\\nd"}')).toBe(1);
    for (const line of text.trimEnd().split('\n'))
      expect(line).toMatch(/^(# (HELP|TYPE) \S+ .+|[a-z_]+(\{.*\})? [0-9.e+-]+)$/);
  });
});
