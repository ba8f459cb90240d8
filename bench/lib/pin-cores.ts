import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { groupPids } from '../../scripts/lib/load';

const run = promisify(execFile);

/** The core the servers share when pinned; the process that drives the load takes the other. */
export const SERVER_CORE = 1;
export const LOAD_CORE = 0;

/** Every thread of one process on one core (`taskset`, from util-linux). */
async function pin(pid: number, core: number): Promise<void> {
  await run('taskset', ['--all-tasks', '--pid', '--cpu-list', String(core), String(pid)]);
}

/**
 * `--pin`: each server (every process of its group) on one core, and this process, which runs
 * autocannon, on the other. On two cores the scheduler otherwise moves the load generator and the
 * server about, and a round's ratio swings with where they landed; pinned, a server's req/s is
 * what one core gives it. Threads started later inherit their starter's core.
 */
export async function pinServersAndLoad(servers: number[]): Promise<void> {
  for (const pgid of servers) await pinGroup(pgid, SERVER_CORE);
  await pin(process.pid, LOAD_CORE);
}

/** Every thread of every process of a process group on one core. */
export async function pinGroup(pgid: number, core: number): Promise<void> {
  for (const pid of await groupPids(pgid)) await pin(pid, core);
}
