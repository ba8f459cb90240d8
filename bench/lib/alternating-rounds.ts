import { groupCpuSeconds, load, type LoadFigures, type LoadTarget } from '../../scripts/lib/load';
import { progress } from './bench-site';
import { median } from './median';

export interface RunFigures extends LoadFigures {
  /** The server's CPU time per request in the run, in ms, where the row names its server. */
  serverCpuMs?: number;
}

export interface Row {
  label: string;
  target: LoadTarget;
  connections: number;
  /** The process group of the server that answers this row, to read its CPU time. */
  server?: number;
  runs: RunFigures[];
}

export const row = (
  label: string,
  target: LoadTarget,
  connections: number,
  server?: number,
): Row => ({ label, target, connections, server, runs: [] });

/** A run, and what its server spent on it: the load generator shares the two cores, and its share varies. */
async function measuredRun(next: Row, duration: number): Promise<RunFigures> {
  const cpuBefore = next.server === undefined ? 0 : await groupCpuSeconds(next.server);
  const figures: RunFigures = await load(next.target, next.connections, duration);
  if (next.server !== undefined && figures.requests > 0)
    figures.serverCpuMs =
      ((await groupCpuSeconds(next.server)) - cpuBefore) * (1000 / figures.requests);
  return figures;
}

export interface RoundsOptions {
  rounds: number;
  /** Seconds of load per run. */
  duration: number;
  /** Seconds of rest before each run. */
  settle: number;
}

/**
 * Warms every row, then runs them forwards, then backwards (A B C, C B A, ...): drift of a shared
 * machine hits every row alike, and the rows compared in a ratio stay next to each other. A pause
 * before each run, so that no run starts while the previous run's server is still busy: on two
 * cores, the second of two back-to-back runs came out slower, whichever row it was.
 */
export async function runAlternatingRounds(
  rows: Row[],
  { rounds, duration, settle }: RoundsOptions,
): Promise<void> {
  progress('warming up every row');
  for (const { target } of rows) await load(target, 4, 2);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...rows].reverse() : rows;
    for (const next of order) {
      await new Promise((resolve) => setTimeout(resolve, settle * 1000));
      progress(
        `round ${round + 1}/${rounds}: ${next.label} (${next.connections} connections, ${duration} s)`,
      );
      const figures = await measuredRun(next, duration);
      next.runs.push(figures);
      const cpu =
        figures.serverCpuMs === undefined
          ? ''
          : `, server CPU ${figures.serverCpuMs.toFixed(3)} ms a request`;
      progress(
        `  ${figures.rps.toFixed(0)} req/s, p99 ${figures.p99} ms, errors ${figures.errors}${cpu}`,
      );
    }
  }
}

type Figure = 'rps' | 'p99' | 'serverCpuMs';

/** The ratio of one figure within each round, between runs made one after the other. */
export const roundRatios = (of: Row, to: Row, figure: Figure): number[] =>
  of.runs.flatMap((run, i) => {
    const mine = run[figure];
    const theirs = to.runs[i]?.[figure];
    return mine === undefined || theirs === undefined ? [] : [mine / theirs];
  });

/** Each ratio is taken within a round, between runs made one after the other, then the median. */
export const ratio = (of: Row, to: Row, figure: Figure) => median(roundRatios(of, to, figure));

/** A Markdown table of the rows; the first row is the reference that the others are measured against. */
export function table(rows: [Row, ...Row[]]) {
  const reference = median(rows[0].runs.map((run) => run.rps));
  const lines = [
    '| row | connections | req/s (median) | req/s (each run) | p50 ms | p99 ms | errors | server CPU ms a request | × reference |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const each of rows) {
    const rps = median(each.runs.map((run) => run.rps));
    const cpu = each.runs.flatMap((run) =>
      run.serverCpuMs === undefined ? [] : [run.serverCpuMs],
    );
    lines.push(
      `| ${each.label} | ${each.connections} | ${rps.toFixed(0)} | ${each.runs.map((run) => run.rps.toFixed(0)).join(', ')} | ${median(each.runs.map((run) => run.p50)).toFixed(0)} | ${median(each.runs.map((run) => run.p99)).toFixed(0)} | ${each.runs.reduce((sum, run) => sum + run.errors, 0)} | ${cpu.length ? median(cpu).toFixed(3) : '–'} | ${(rps / reference).toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}
