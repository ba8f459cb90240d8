import { Writable } from 'node:stream';

import pino from 'pino';
import { describe, expect, it } from 'vitest';

import { requestLine, type RequestLineFields } from '@/lib/observability/request-line';

const TIME = ',"time":"2026-12-06T18:16:38.834Z"';
const PID = 4242;

/** The line pino itself writes for these fields, with the logger's options (lib/observability/logger.ts). */
function pinoLine(fields: RequestLineFields): string {
  let written = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written += chunk.toString();
      done();
    },
  });
  pino({ base: { pid: PID }, timestamp: () => TIME }, sink).info(fields, 'request');
  return written;
}

const ARTICLE: RequestLineFields = {
  reqId: '9c3618e5-9c21-457f-93ea-8bcb42aa90e6',
  method: 'GET',
  route: '/blog/[slug]',
  path: '/blog/static-first-publishing',
  status: 200,
  ms: 0.8,
  reader: 'anonymous',
  reason: 'public',
  renderCache: 'HIT',
};

describe("a request's log line", () => {
  it.each<[string, RequestLineFields]>([
    ['a cached article', ARTICLE],
    [
      'an unmatched path, no cache, a server error',
      {
        ...ARTICLE,
        method: 'POST',
        route: 'unmatched',
        path: undefined,
        status: 500,
        ms: 1234.5,
        renderCache: undefined,
        error: { digest: '2841596763', routeType: 'render' },
      },
    ],
    ['a request with no method', { ...ARTICLE, method: undefined }],
  ])('is the line pino writes: %s', (_, fields) => {
    expect(requestLine(fields, TIME, PID)).toBe(pinoLine(fields));
  });

  it('escapes what a client sent, and stays one line of JSON', () => {
    const fields = {
      ...ARTICLE,
      reqId: 'nginx-0123',
      method: 'G"ET',
      path: '/blog/"quoted"\\back\nslash\u2028…\u0001',
    };
    const line = requestLine(fields, TIME, PID);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\n\r]/);
    expect(JSON.parse(line)).toEqual(JSON.parse(pinoLine(fields)));
    expect(JSON.parse(line)).toMatchObject({ method: 'G"ET', path: fields.path, msg: 'request' });
  });
});
