/** What one request's log line says (request-log.ts chooses each field; none is a secret). */
export interface RequestLineFields {
  reqId: string;
  method: string | undefined;
  route: string;
  /** The path as it may be logged (lib/security/loggable-path.ts); absent for an unmatched route. */
  path?: string;
  status: number;
  ms: number;
  reader: string;
  reason: string;
  renderCache?: string;
  error?: { digest?: string; routeType: string };
}

/** A string as a JSON value. Every string field is escaped, the site's own words (a route, a class, a reason) as well as a client's. */
const json = JSON.stringify;

/**
 * The line pino writes for `log.info(fields, 'request')` with the site's options (logger.ts), built
 * as one template instead: pino's per-line machinery (its key loop, its serializer and hook checks)
 * was most of what a request line cost (docs/performance.md), and a request line has the same
 * fields every time. `time` is pino's time field as `isoTimeField` makes it (`,"time":"…"`);
 * tests/unit/request-line.test.ts holds the result to pino's own line.
 */
export function requestLine(fields: RequestLineFields, time: string, pid: number): string {
  const method = fields.method === undefined ? '' : `,"method":${json(fields.method)}`;
  const path = fields.path === undefined ? '' : `,"path":${json(fields.path)}`;
  const cache =
    fields.renderCache === undefined ? '' : `,"renderCache":${json(fields.renderCache)}`;
  const error = fields.error === undefined ? '' : `,"error":${json(fields.error)}`;
  return (
    `{"level":30${time},"pid":${pid},"reqId":${json(fields.reqId)}${method}` +
    `,"route":${json(fields.route)}${path},"status":${fields.status},"ms":${fields.ms}` +
    `,"reader":${json(fields.reader)},"reason":${json(fields.reason)}${cache}${error},"msg":"request"}\n`
  );
}
