import { buildAndStart, generateTestKeys, progress, stopAndRemove } from './lib/bench-site';
import { groupMemory, load } from '../scripts/lib/load';
import { mixedTraffic } from '../scripts/lib/mixed-traffic';
import { numberOptions } from './lib/number-options';

const { minutes, rate, port } = numberOptions({
  minutes: { default: 10, kind: 'positive' },
  rate: { default: 100 },
  port: { default: process.env.MASTHEAD_BENCH_PORT ?? 4357 },
});

const SAMPLE_EVERY_S = 30;

interface Sample {
  elapsedS: number;
  rssMiB: number;
  detail: string;
}

async function sample(pgid: number, started: number): Promise<Sample> {
  const processes = await groupMemory(pgid);
  return {
    elapsedS: Math.round((Date.now() - started) / 1000),
    rssMiB: processes.reduce((sum, process) => sum + process.rssMiB, 0),
    detail: processes.map((process) => `${process.name} ${process.rssMiB.toFixed(0)}`).join(', '),
  };
}

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

async function main() {
  const keys = await generateTestKeys();
  const site = await buildAndStart({ label: 'bench-soak', port, keys });
  try {
    const shares = await mixedTraffic(site.running.url, keys.privateJwk);
    const connections = shares.reduce((sum, share) => sum + share.connections, 0);
    const duration = Math.round(minutes * 60);

    progress('warming up');
    for (const { target } of shares) await load(target, 2, 1);
    const started = Date.now();
    const start = await sample(site.running.pid, started);
    const samples: Sample[] = [start];
    progress(`${clock(0)} RSS ${start.rssMiB.toFixed(0)} MiB (${start.detail})`);
    progress(
      `mixed load at ${rate} req/s (${connections} connections) for ${clock(duration)}; RSS every ${SAMPLE_EVERY_S} s`,
    );
    const sampler = setInterval(async () => {
      const now = await sample(site.running.pid, started);
      samples.push(now);
      progress(`${clock(now.elapsedS)} RSS ${now.rssMiB.toFixed(0)} MiB (${now.detail})`);
    }, SAMPLE_EVERY_S * 1000);
    // Each kind of traffic gets its share of the rate, as it gets its share of the connections.
    const results = await Promise.all(
      shares.map((share) =>
        load(share.target, share.connections, duration, {
          rate: Math.max(1, Math.round((rate * share.connections) / connections)),
        }),
      ),
    );
    clearInterval(sampler);
    const end = await sample(site.running.pid, started);
    samples.push(end);

    const total = results.reduce((sum, result) => sum + result.requests, 0);
    const errors = results.reduce((sum, result) => sum + result.errors, 0);
    console.log(
      `\nMasthead soak: ${clock(duration)} at ${rate} req/s, ${new Date().toISOString()}\n`,
    );
    console.log('| elapsed | RSS MiB | processes |');
    console.log('| ---: | ---: | --- |');
    for (const one of samples)
      console.log(`| ${clock(one.elapsedS)} | ${one.rssMiB.toFixed(0)} | ${one.detail} |`);
    const half = samples.filter((one) => one.elapsedS >= duration / 2);
    const [halfStart] = half;
    const halfEnd = half.at(-1);
    const secondHalfGrowth = halfStart && halfEnd ? halfEnd.rssMiB - halfStart.rssMiB : 0;
    console.log(
      `\n${total} requests (${(total / duration).toFixed(0)} req/s), ${errors} errors (anything but the expected status, a timeout or a socket error)`,
    );
    console.log(
      `RSS ${start.rssMiB.toFixed(0)} MiB at the start, ${end.rssMiB.toFixed(0)} MiB at the end, peak ${Math.max(...samples.map((one) => one.rssMiB)).toFixed(0)} MiB; over the second half: ${secondHalfGrowth >= 0 ? '+' : ''}${secondHalfGrowth.toFixed(0)} MiB`,
    );
    if (errors > 0) process.exitCode = 1;
  } finally {
    await stopAndRemove(site);
  }
}

await main();
