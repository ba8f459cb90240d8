import { afterEach, describe, expect, it, vi } from 'vitest';

import { readEnv } from '@/lib/env.mjs';

/**
 * The settings the observability code reads (lib/observability/start.ts, metrics-server.ts,
 * tracing.ts): their defaults, and a wrong value stops the server's start with what to set
 * rather than running without metrics, or with a front anyone can claim.
 */
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('observability settings', () => {
  it('have defaults: log and metrics on, no metrics listener, 127.0.0.1, no trusted front, no traces', () => {
    for (const name of [
      'MASTHEAD_OBSERVABILITY',
      'MASTHEAD_METRICS_PORT',
      'MASTHEAD_METRICS_HOST',
      'MASTHEAD_TRUSTED_FRONT',
      'OTEL_EXPORTER_OTLP_ENDPOINT',
      'OTEL_SERVICE_NAME',
    ])
      vi.stubEnv(name, '');
    expect(readEnv('MASTHEAD_OBSERVABILITY')).toBe('on');
    expect(readEnv('MASTHEAD_METRICS_PORT')).toBeUndefined();
    expect(readEnv('MASTHEAD_METRICS_HOST')).toBe('127.0.0.1');
    expect(readEnv('MASTHEAD_TRUSTED_FRONT')).toEqual([]);
    expect(readEnv('OTEL_EXPORTER_OTLP_ENDPOINT')).toBeUndefined();
    expect(readEnv('OTEL_SERVICE_NAME')).toBe('masthead');
  });

  it('read good values', () => {
    vi.stubEnv('MASTHEAD_OBSERVABILITY', 'off');
    vi.stubEnv('MASTHEAD_METRICS_PORT', '9464');
    vi.stubEnv('MASTHEAD_METRICS_HOST', '::1');
    vi.stubEnv('MASTHEAD_TRUSTED_FRONT', ' 10.0.0.5, ::1 ,::ffff:192.0.2.1,');
    vi.stubEnv('OTEL_EXPORTER_OTLP_ENDPOINT', 'http://localhost:4318');
    expect(readEnv('MASTHEAD_OBSERVABILITY')).toBe('off');
    expect(readEnv('MASTHEAD_METRICS_PORT')).toBe(9464);
    expect(readEnv('MASTHEAD_METRICS_HOST')).toBe('::1');
    expect(readEnv('MASTHEAD_TRUSTED_FRONT')).toEqual(['10.0.0.5', '::1', '::ffff:192.0.2.1']);
    expect(readEnv('OTEL_EXPORTER_OTLP_ENDPOINT')).toBe('http://localhost:4318');
    vi.stubEnv('MASTHEAD_METRICS_PORT', '65535');
    expect(readEnv('MASTHEAD_METRICS_PORT')).toBe(65535);
    vi.stubEnv('MASTHEAD_METRICS_HOST', 'metrics.internal');
    expect(readEnv('MASTHEAD_METRICS_HOST')).toBe('metrics.internal');
  });

  it.each(['0', '65536', '-1', '80.5', '9464x', ' 9464', 'nine', '1e3', '0x50'])(
    'MASTHEAD_METRICS_PORT=%j is refused with the range it must be in',
    (value) => {
      vi.stubEnv('MASTHEAD_METRICS_PORT', value);
      expect(() => readEnv('MASTHEAD_METRICS_PORT')).toThrow(
        `MASTHEAD_METRICS_PORT must be a port number from 1 to 65535, got "${value}"`,
      );
    },
  );

  it.each(['http://127.0.0.1', '127.0.0.1:9464', 'a host', '[::1]'])(
    'MASTHEAD_METRICS_HOST=%j is refused',
    (value) => {
      vi.stubEnv('MASTHEAD_METRICS_HOST', value);
      expect(() => readEnv('MASTHEAD_METRICS_HOST')).toThrow(
        `MASTHEAD_METRICS_HOST must be an address or host name to listen on, e.g. 127.0.0.1, got "${value}"`,
      );
    },
  );

  it.each([
    ['10.0.0.5,nginx', '"nginx"'],
    ['256.1.1.1', '"256.1.1.1"'],
    ['10.0.0.0/8', '"10.0.0.0/8"'],
    ['[::1], 10.0.0.5, ::g', '"[::1]", "::g"'],
  ])('MASTHEAD_TRUSTED_FRONT=%j is refused, naming %s', (value, named) => {
    vi.stubEnv('MASTHEAD_TRUSTED_FRONT', value);
    expect(() => readEnv('MASTHEAD_TRUSTED_FRONT')).toThrow(
      `MASTHEAD_TRUSTED_FRONT must list IP addresses separated by commas (e.g. 10.0.0.5,::1), got ${named}`,
    );
  });

  it.each(['true', 'OFF', '0', 'disabled'])('MASTHEAD_OBSERVABILITY=%j is refused', (value) => {
    vi.stubEnv('MASTHEAD_OBSERVABILITY', value);
    expect(() => readEnv('MASTHEAD_OBSERVABILITY')).toThrow(
      `MASTHEAD_OBSERVABILITY must be "on" or "off", got "${value}"`,
    );
  });

  it.each(['localhost:4318', 'grpc://collector:4317', 'not a url'])(
    'OTEL_EXPORTER_OTLP_ENDPOINT=%j is refused',
    (value) => {
      vi.stubEnv('OTEL_EXPORTER_OTLP_ENDPOINT', value);
      expect(() => readEnv('OTEL_EXPORTER_OTLP_ENDPOINT')).toThrow(
        `OTEL_EXPORTER_OTLP_ENDPOINT is not an http(s) URL: "${value}"`,
      );
    },
  );
});
