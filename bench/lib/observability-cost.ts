import { loadavg } from 'node:os';

import { type RunningSite, type SiteBuild, startSite } from '../../scripts/lib/next-site';
import { serverLog } from './bench-site';

/** The same build started again with `MASTHEAD_OBSERVABILITY=off`: no request log, no metrics (docs/operations.md). */
export function startWithoutObservability(build: SiteBuild, port: number): Promise<RunningSite> {
  return startSite(
    { ...build, port, env: { ...build.env, MASTHEAD_OBSERVABILITY: 'off' } },
    { outputFile: serverLog(build, port) },
  );
}

/** The machine's load average (1, 5, 15 min) as printed beside the figures: on a shared machine they are noisy. */
export function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
}
