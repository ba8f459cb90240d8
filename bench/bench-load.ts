import { buildAndStart, generateTestKeys, progress, stopAndRemove } from './lib/bench-site';
import { groupMemory, load } from '../scripts/lib/load';
import { mixedTraffic } from '../scripts/lib/mixed-traffic';
import { numberOptions } from './lib/number-options';

const { duration, port } = numberOptions({
  duration: { default: 60 },
  port: { default: process.env.MASTHEAD_BENCH_PORT ?? 4358 },
});

async function memoryLine(pgid: number): Promise<string> {
  const processes = await groupMemory(pgid);
  const total = processes.reduce((sum, process) => sum + process.rssMiB, 0);
  return `${total.toFixed(0)} MiB (${processes.map((process) => `${process.name} ${process.rssMiB.toFixed(0)}`).join(', ')})`;
}

async function main() {
  const keys = await generateTestKeys();
  const site = await buildAndStart({ label: 'bench-load', port, keys });
  try {
    const shares = await mixedTraffic(site.running.url, keys.privateJwk);

    progress('warming up');
    for (const { target } of shares) await load(target, 2, 1);
    const before = await memoryLine(site.running.pid);
    progress(`server memory at start: ${before}`);
    let peak = 0;
    const sampler = setInterval(async () => {
      const total = (await groupMemory(site.running.pid)).reduce(
        (sum, process) => sum + process.rssMiB,
        0,
      );
      peak = Math.max(peak, total);
    }, 1000);
    progress(
      `mixed load: ${shares.reduce((sum, share) => sum + share.connections, 0)} connections for ${duration} s`,
    );
    const rows = await Promise.all(
      shares.map(async (share) => ({
        share,
        result: await load(share.target, share.connections, duration),
      })),
    );
    const results = rows.map(({ result }) => result);
    clearInterval(sampler);
    const after = await memoryLine(site.running.pid);

    const total = results.reduce((sum, result) => sum + result.requests, 0);
    console.log(`\nMasthead mixed load: ${duration} s, ${new Date().toISOString()}\n`);
    console.log(
      '| traffic | connections | requests | share | req/s | p99 ms | statuses | errors |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |');
    for (const { share, result } of rows) {
      const statuses = Object.entries(result.statuses)
        .map(([code, count]) => `${code}×${count}`)
        .join(' ');
      console.log(
        `| ${share.label} | ${share.connections} | ${result.requests} | ${((100 * result.requests) / total).toFixed(0)} % | ${result.rps.toFixed(0)} | ${result.p99} | ${statuses} | ${result.errors} |`,
      );
    }
    const errors = results.reduce((sum, result) => sum + result.errors, 0);
    console.log(
      `\n${total} requests, ${(total / duration).toFixed(0)} req/s, ${errors} errors (anything but the expected status of its row, a timeout or a socket error)`,
    );
    console.log(`server memory (RSS) at start: ${before}`);
    console.log(
      `server memory (RSS) at end:   ${after}; peak during the run ${peak.toFixed(0)} MiB`,
    );
    if (errors > 0) process.exitCode = 1;
  } finally {
    await stopAndRemove(site);
  }
}

await main();
