/**
 * pino's `"time"` field as an ISO 8601 string, like `pino.stdTimeFunctions.isoTime`, but without
 * a `Date` object per line: in a server, Next.js wraps `Date` to check each construction for
 * prerendering (node-environment-extensions/date.js), and `new Date().toISOString()` then cost a
 * request line about 7 µs of the anonymous article's CPU (docs/performance.md). The line keeps the
 * second's prefix it last formatted and writes only the milliseconds.
 */
export function isoTimeField(now: () => number = Date.now): () => string {
  let second = Number.NaN;
  let prefix = '';
  return () => {
    const ms = now();
    const thisSecond = Math.floor(ms / 1000);
    if (thisSecond !== second) {
      second = thisSecond;
      // `2026-12-06T18:14:53.` from a Date made once a second.
      prefix = new Date(thisSecond * 1000).toISOString().slice(0, 20);
    }
    return `,"time":"${prefix}${String(ms - thisSecond * 1000).padStart(3, '0')}Z"`;
  };
}
