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

/** Latency buckets from a cached page (a millisecond) to a request that waited out Clerk's timeout. */
export const REQUEST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** One route pattern and reader class: its requests by status, and its latency histogram. */
interface RouteSeries {
  labels: string;
  byStatus: Map<number, number>;
  /** Requests per bucket (not cumulative), the last past every bound (`+Inf`). */
  buckets: number[];
  sum: number;
  count: number;
}

export interface RequestMetrics {
  record(finished: FinishedRequest): void;
  /** The four request series in Prometheus's text exposition format (version 0.0.4). */
  exposition(): string;
}

/** A label value as the text format writes it between quotes. */
const labelValue = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

const header = (name: string, type: string, help: string) =>
  `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n`;

function counterText(name: string, label: string, help: string, counts: Map<string, number>) {
  let text = header(name, 'counter', help);
  for (const [value, count] of counts)
    text += `${name}{${label}="${labelValue(value)}"} ${count}\n`;
  return text;
}

/**
 * The request metrics, counted as plain numbers per series and written out when Prometheus
 * scrapes. prom-client's labelled `inc` and `observe` check and hash their label object on every
 * call, about 6 µs a request for the four series here (docs/performance.md); a request is counted
 * here by one map lookup. The other metrics (Clerk calls, the token cache, gift links, the
 * process) stay with prom-client: they are rarer than requests, or read only when scraped.
 */
export function createRequestMetrics(): RequestMetrics {
  const routes = new Map<string, RouteSeries>();
  const gate = new Map<string, number>();
  const renderCache = new Map<string, number>();

  const seriesOf = (route: string, reader: string): RouteSeries => {
    const key = `${route}\n${reader}`;
    let series = routes.get(key);
    if (!series) {
      series = {
        labels: `route="${labelValue(route)}",reader="${labelValue(reader)}"`,
        byStatus: new Map(),
        buckets: new Array<number>(REQUEST_BUCKETS.length + 1).fill(0),
        sum: 0,
        count: 0,
      };
      routes.set(key, series);
    }
    return series;
  };

  return {
    record({ route, reader, status, seconds, gate: outcome, renderCache: cached }) {
      const series = seriesOf(route, reader);
      series.byStatus.set(status, (series.byStatus.get(status) ?? 0) + 1);
      let bucket = 0;
      for (const bound of REQUEST_BUCKETS) {
        if (seconds <= bound) break;
        bucket += 1;
      }
      series.buckets[bucket] = (series.buckets[bucket] ?? 0) + 1;
      series.sum += seconds;
      series.count += 1;
      if (outcome) gate.set(outcome, (gate.get(outcome) ?? 0) + 1);
      if (cached) renderCache.set(cached, (renderCache.get(cached) ?? 0) + 1);
    },

    exposition() {
      const requests = 'masthead_http_requests_total';
      let text = header(
        requests,
        'counter',
        'Requests the site answered itself (not static files), by route pattern, reader class and status',
      );
      for (const series of routes.values())
        for (const [status, count] of series.byStatus)
          text += `${requests}{${series.labels},status="${status}"} ${count}\n`;

      const latency = 'masthead_http_request_duration_seconds';
      text += header(
        latency,
        'histogram',
        'Time from the request to the end of its answer, by route pattern and reader class',
      );
      for (const series of routes.values()) {
        let below = 0;
        for (const [index, bound] of [...REQUEST_BUCKETS, '+Inf'].entries()) {
          below += series.buckets[index] ?? 0;
          text += `${latency}_bucket{le="${bound}",${series.labels}} ${below}\n`;
        }
        text += `${latency}_sum{${series.labels}} ${series.sum}\n`;
        text += `${latency}_count{${series.labels}} ${series.count}\n`;
      }

      text += counterText(
        'masthead_gate_decisions_total',
        'outcome',
        "The proxy's access decisions, by outcome",
        gate,
      );
      text += counterText(
        'masthead_render_cache_total',
        'result',
        'Pages Next.js keeps, by what its cache did (x-nextjs-cache: HIT, STALE, MISS, REVALIDATED)',
        renderCache,
      );
      return text;
    },
  };
}
