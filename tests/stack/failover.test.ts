import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { load, type LoadFigures } from '../../scripts/lib/load';
import { mixedTraffic, type Share } from '../../scripts/lib/mixed-traffic';
import type { Stack } from '../../scripts/lib/stack';
import { startTestStack } from './stack-under-test';

/** Requests per second, all kinds of traffic together: steady, so that runs compare. */
const RATE = 100;

let stack: Stack;
let shares: Share[];

beforeAll(async () => {
  stack = await startTestStack();
  shares = await mixedTraffic(stack.url, inject('privateJwk'));
});

afterAll(async () => {
  await stack?.stop();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The mixed traffic of `bench:load` through nginx, each kind at its share of RATE, for `seconds`
 * and then until `until` settles (a copy starts in seconds on an idle machine, far more on a busy one).
 */
function mixedLoad(seconds: number, until: Promise<unknown>): Promise<LoadFigures[]> {
  const connections = shares.reduce((sum, share) => sum + share.connections, 0);
  const done = Promise.all([pause(seconds * 1000), until]);
  return Promise.all(
    shares.map((share) =>
      load(share.target, share.connections, 600, {
        rate: Math.max(1, Math.round((RATE * share.connections) / connections)),
        until: done,
      }),
    ),
  );
}

/** What nginx logged: how many requests reached a copy, and how many a second copy had to answer. */
async function upstreamFigures(stack: Stack, fromLine: number) {
  const lines = (await readFile(path.join(stack.dir, 'access.log'), 'utf8'))
    .trim()
    .split('\n')
    .slice(fromLine);
  const toCopies = lines.filter((line) => !/upstream="-"/.test(line));
  const retried = toCopies.filter((line) => /upstream="[^"]*, /.test(line));
  // 5xx from nginx or a copy; 499: the client gave up waiting.
  const failed = lines.filter((line) => / (5\d\d|499) "/.test(line));
  return { lines: lines.length, toCopies: toCopies.length, retried: retried.length, failed };
}

const logLines = async (stack: Stack) =>
  (await readFile(path.join(stack.dir, 'access.log'), 'utf8')).trim().split('\n').length;

function report(
  label: string,
  results: LoadFigures[],
  upstream: Awaited<ReturnType<typeof upstreamFigures>>,
) {
  const requests = results.reduce((sum, result) => sum + result.requests, 0);
  const failed = results.reduce((sum, result) => sum + result.errors, 0);
  const failures = shares.flatMap((share, i) => {
    const result = results[i];
    return result && result.errors > 0
      ? [`${share.label}: ${JSON.stringify(result.statuses)}, ${result.errors} failed`]
      : [];
  });
  console.log(
    [
      `[stack] ${label}: ${requests} requests, ${failed} failed; ${upstream.toCopies} reached a copy, ${upstream.retried} of them answered by another copy after the first failed`,
      ...failures,
      ...upstream.failed.map((line) => `nginx: ${line}`),
    ].join('\n  '),
  );
  return { requests, failed };
}

describe('nginx in front of three copies, under load', () => {
  it('loses no request while the copies restart one after the other (SIGTERM, wait, start)', async () => {
    const before = stack.copies.map((copy) => copy.process?.pid);
    const fromLine = await logLines(stack);
    let restarted: () => void = () => {};
    const loading = mixedLoad(30, new Promise<void>((resolve) => (restarted = resolve)));
    await pause(3000);
    for (const index of stack.copies.keys()) {
      await stack.restart(index);
      await pause(3000);
    }
    restarted();
    const results = await loading;
    const upstream = await upstreamFigures(stack, fromLine);
    const { failed } = report('rolling restart', results, upstream);

    expect(stack.copies.map((copy) => copy.process?.pid)).not.toEqual(
      expect.arrayContaining(before),
    );
    expect(upstream.toCopies).toBeGreaterThan(0);
    expect(failed).toBe(0);
  }, 120_000);

  it('answers every request when one copy is killed (SIGKILL) mid-load, the balancer retrying elsewhere', async () => {
    const fromLine = await logLines(stack);
    let restarted: () => void = () => {};
    const loading = mixedLoad(20, new Promise<void>((resolve) => (restarted = resolve)));
    await pause(5000);
    const victim = stack.copies[1]?.process?.pid;
    await stack.kill(1);
    await pause(7000);
    await stack.start(1);
    restarted();
    const results = await loading;
    const upstream = await upstreamFigures(stack, fromLine);
    const { failed } = report('kill -9 of one copy', results, upstream);

    expect(victim).toBeDefined();
    expect(stack.copies[1]?.process?.pid).not.toBe(victim);
    expect(upstream.retried).toBeGreaterThan(0);
    expect(failed).toBe(0);
  }, 120_000);
});
