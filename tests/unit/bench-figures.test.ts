import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import { ratio, roundRatios, row, type RunFigures } from '../../bench/lib/alternating-rounds';
import { LOAD_CORE, pinGroup } from '../../bench/lib/pin-cores';
import { groupCpuSeconds } from '../../scripts/lib/load';

const run = (rps: number, serverCpuMs?: number): RunFigures => ({
  requests: rps * 6,
  rps,
  p50: 1,
  p99: 2,
  errors: 0,
  statuses: { 200: rps * 6 },
  serverCpuMs,
});

describe('the figures a bench prints', () => {
  it('takes each ratio within a round, and skips rounds where either row has no such figure', () => {
    const logged = row('logged', { url: 'http://x/', expected: [200] }, 20, 1);
    const quiet = row('quiet', { url: 'http://y/', expected: [200] }, 20, 2);
    logged.runs.push(run(900, 1.1), run(1000), run(800, 1.0));
    quiet.runs.push(run(1000, 1.0), run(1000, 1.0), run(1000, 0.9));
    expect(roundRatios(logged, quiet, 'rps')).toEqual([0.9, 1, 0.8]);
    expect(roundRatios(quiet, logged, 'serverCpuMs').map((r) => r.toFixed(3))).toEqual([
      '0.909',
      '0.900',
    ]);
    expect(ratio(logged, quiet, 'rps')).toBe(0.9);
  });

  it("reads the CPU time of every process in a server's process group", async () => {
    // A detached child leads its own group, as the bench's servers do. It spins until it has used
    // 300 ms of CPU (not of wall time: the machine may be shared), says so, and waits.
    const child = spawn(
      process.execPath,
      [
        '-e',
        "while (process.cpuUsage().user < 300000); console.log('spun'); setTimeout(() => {}, 60000)",
      ],
      { detached: true, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const pid = child.pid as number;
    try {
      await new Promise((resolve) => child.stdout?.once('data', resolve));
      expect(await groupCpuSeconds(pid)).toBeGreaterThanOrEqual(0.29);
      expect(await groupCpuSeconds(process.pid + 10_000_000)).toBe(0);
    } finally {
      process.kill(-pid, 'SIGKILL');
    }
  });
});

describe('--pin', () => {
  it("puts every thread of a server's process group on the one core", async () => {
    const child = spawn(
      process.execPath,
      [
        '-e',
        "const { Worker } = require('node:worker_threads'); new Worker('setTimeout(() => {}, 60000)', { eval: true }); console.log('up')",
      ],
      { detached: true, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const pid = child.pid as number;
    try {
      await new Promise((resolve) => child.stdout?.once('data', resolve));
      await pinGroup(pid, LOAD_CORE);
      const threads = await readdir(`/proc/${pid}/task`);
      expect(threads.length).toBeGreaterThan(1);
      for (const thread of threads) {
        const status = await readFile(`/proc/${pid}/task/${thread}/status`, 'utf8');
        expect(/^Cpus_allowed_list:\s*(.*)$/m.exec(status)?.[1], `thread ${thread}`).toBe(
          String(LOAD_CORE),
        );
      }
    } finally {
      process.kill(-pid, 'SIGKILL');
    }
  });
});
