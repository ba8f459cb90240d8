import { readdir, readFile } from 'node:fs/promises';

import autocannon, { type Result } from 'autocannon';

export interface LoadTarget {
  url: string;
  headers?: Record<string, string>;
  /** Statuses this target answers by design; anything else counts as an error. */
  expected: number[];
}

export interface LoadFigures {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts, and answers with a status outside `expected`. */
  errors: number;
  statuses: Record<string, number>;
}

export interface LoadOptions {
  /** Requests per second, steady; as fast as the server answers without it. */
  rate?: number;
  /** Ends the load when it settles, before `duration` is up. */
  until?: Promise<unknown>;
}

export async function load(
  target: LoadTarget,
  connections: number,
  duration: number,
  { rate, until }: LoadOptions = {},
): Promise<LoadFigures> {
  const result = await new Promise<Result>((resolve, reject) => {
    const run = autocannon(
      { url: target.url, headers: target.headers, connections, duration, overallRate: rate },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    void until?.then(() => run.stop());
  });
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
  );
  const unexpected = Object.entries(statuses)
    .filter(([code]) => !target.expected.includes(Number(code)))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + unexpected,
    statuses,
  };
}

interface GroupProcess {
  pid: number;
  /** The fields of `/proc/<pid>/stat` after the command name, from the state on (field 3). */
  stat: string[];
}

/** Every process of a process group, with its `/proc/<pid>/stat` fields. */
async function groupProcesses(pgid: number): Promise<GroupProcess[]> {
  const found: GroupProcess[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which sits in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) found.push({ pid: Number(entry), stat: fields });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** The ids of every process in a process group. */
export async function groupPids(pgid: number): Promise<number[]> {
  return (await groupProcesses(pgid)).map(({ pid }) => pid);
}

/** Resident memory, in MiB, of every process in a process group (`next start` and its `next-server`). */
export async function groupMemory(
  pgid: number,
): Promise<{ pid: number; name: string; rssMiB: number }[]> {
  const found: { pid: number; name: string; rssMiB: number }[] = [];
  for (const { pid } of await groupProcesses(pgid)) {
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      const rssKiB = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?';
      found.push({ pid, name, rssMiB: rssKiB / 1024 });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** Linux counts CPU time in `/proc/<pid>/stat` in clock ticks of 1/100 s (USER_HZ). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time, in seconds, that every process of a process group has used so far (user and system,
 * all threads): what a server spent on the requests of a run, whatever else shared the cores.
 */
export async function groupCpuSeconds(pgid: number): Promise<number> {
  let ticks = 0;
  // utime and stime are fields 14 and 15 of stat; the list starts at field 3.
  for (const { stat } of await groupProcesses(pgid)) ticks += Number(stat[11]) + Number(stat[12]);
  return ticks / TICKS_PER_SECOND;
}
