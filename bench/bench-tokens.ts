import { randomBytes } from 'node:crypto';

import { type RunningStandIn, startClerkBackendStandIn } from '../lib/demo/fake-clerk/backend-api';
import { taggedFeedKey } from '../lib/auth/tokens/feed-path';
import { PRIVATE_API_PATH, privateFeedUrlPath } from '../lib/paths';

import { buildAndStart, generateTestKeys, progress, stopAndRemove } from './lib/bench-site';
import { testClerkEnv } from '../scripts/lib/clerk-tokens';
import { numberOptions } from './lib/number-options';

/**
 * What opaque tokens cost the site and Clerk: floods of made-up API keys (calls that reach
 * Clerk, time), one key used again and again (past its rate limit: 429s), one noisy key next to a
 * quiet OAuth token, and how long a request waits when Clerk is down or slow. The site is a built copy run against the stand-in of Clerk's Backend API, which counts
 * the calls it receives and can be told to fail or be slow.
 */
const { tokens, concurrency, port } = numberOptions({
  tokens: { default: 1000 },
  concurrency: { default: 50 },
  port: { default: process.env.MASTHEAD_BENCH_PORT ?? 4361 },
});

const secretKey = testClerkEnv().CLERK_SECRET_KEY ?? '';
const ME = `${PRIVATE_API_PATH}/me`;
const OUTAGE_PAUSE_MS = 10_500;

async function control(
  standIn: RunningStandIn,
  method: string,
  path: string,
  body?: unknown,
): Promise<Record<string, number>> {
  const response = await fetch(`${standIn.url}/__stand-in/${path}`, {
    method,
    headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await response.json()) as Record<string, number>;
}

const verifyCalls = async (standIn: RunningStandIn) => {
  const calls = await control(standIn, 'GET', 'calls');
  return (
    (calls['POST /api_keys/verify'] ?? 0) +
    (calls['POST /oauth_applications/access_tokens/verify'] ?? 0)
  );
};

interface Run {
  name: string;
  requests: number;
  calls: number;
  seconds: number;
  statuses: Map<number, number>;
  latencies: number[];
}

async function flood(
  standIn: RunningStandIn,
  base: string,
  name: string,
  tokenOf: (i: number) => string,
  count = tokens,
): Promise<Run> {
  const before = await verifyCalls(standIn);
  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        const sent = performance.now();
        const response = await fetch(`${base}${ME}`, {
          headers: { authorization: `Bearer ${tokenOf(i)}` },
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - sent);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    name,
    requests: count,
    calls: (await verifyCalls(standIn)) - before,
    seconds,
    statuses,
    latencies,
  };
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/**
 * The flood the third outside review sent: 600 anonymous requests for made-up feed URLs at once,
 * and, while they run, a member's new feed URL, asked for every second for 5 s. Made-up URLs
 * must cost no call to Clerk, and the real one must open.
 */
async function feedFlood(
  standIn: RunningStandIn,
  base: string,
): Promise<{ run: Run; real: string[] }> {
  const made = await fetch(`${standIn.url}/api_keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Private feed',
      subject: 'user_feed_bench',
      scopes: ['feed:read'],
    }),
  });
  const realUrl = `${base}${privateFeedUrlPath(taggedFeedKey(((await made.json()) as { secret: string }).secret, secretKey))}`;
  const before = await verifyCalls(standIn);
  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  const started = performance.now();
  const flood = Promise.all(
    Array.from({ length: 600 }, async () => {
      const sent = performance.now();
      const response = await fetch(`${base}${privateFeedUrlPath(madeUp('ak_'))}`);
      await response.arrayBuffer();
      latencies.push(performance.now() - sent);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }),
  );
  const real: string[] = [];
  for (let second = 0; second < 5; second++) {
    const sent = performance.now();
    const response = await fetch(realUrl);
    await response.arrayBuffer();
    const retry = response.headers.get('retry-after');
    real.push(
      `${response.status}${retry ? ` (retry in ${retry} s)` : ''} in ${(performance.now() - sent).toFixed(0)} ms`,
    );
    await pause(1_000);
  }
  await flood;
  const seconds = (performance.now() - started) / 1000;
  return {
    run: {
      name: 'made-up feed URLs, 600 at once',
      requests: 600,
      calls: (await verifyCalls(standIn)) - before,
      seconds,
      statuses,
      latencies,
    },
    real,
  };
}

/** Requests with one token, from `clients` loops, for `ms`, or at `perSecond` from one loop. */
async function sustained(
  base: string,
  token: string,
  ms: number,
  pace: { clients: number } | { perSecond: number },
): Promise<Omit<Run, 'name' | 'calls'>> {
  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  const started = performance.now();
  const one = async () => {
    const sent = performance.now();
    const response = await fetch(`${base}${ME}`, { headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    latencies.push(performance.now() - sent);
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  };
  const loops =
    'clients' in pace
      ? Array.from({ length: pace.clients }, async () => {
          while (performance.now() - started < ms) await one();
        })
      : [
          (async () => {
            while (performance.now() - started < ms) {
              await one();
              await pause(1000 / pace.perSecond);
            }
          })(),
        ];
  await Promise.all(loops);
  return {
    requests: latencies.length,
    seconds: (performance.now() - started) / 1000,
    statuses,
    latencies,
  };
}

/**
 * The rate limit per credential: one API key sent as fast as 20 clients can for 5 s, while an app's
 * OAuth token asks 5 times a second. The noisy key gets its share (10/s after a burst of 20) and
 * 429s; the quiet token keeps every answer.
 */
async function noisyAndQuiet(standIn: RunningStandIn, base: string): Promise<Run[]> {
  const made = await fetch(`${standIn.url}/api_keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'noisy', subject: 'user_noisy_bench' }),
  });
  const noisyKey = ((await made.json()) as { secret: string }).secret;
  const quietToken = (
    (await control(standIn, 'POST', 'oauth/access_tokens', {
      subject: 'user_quiet_bench',
      scopes: ['posts:read'],
    })) as unknown as { token: string }
  ).token;
  const before = await verifyCalls(standIn);
  const [noisy, quiet] = await Promise.all([
    sustained(base, noisyKey, 5_000, { clients: 20 }),
    sustained(base, quietToken, 5_000, { perSecond: 5 }),
  ]);
  const calls = (await verifyCalls(standIn)) - before;
  return [
    { name: 'rate limit: one noisy API key, 20 clients for 5 s', calls, ...noisy },
    { name: 'rate limit: an OAuth token at 5/s meanwhile', calls: 0, ...quiet },
  ];
}

const madeUp = (prefix: string) =>
  `${prefix}${randomBytes(24).toString('base64url').replace(/[-_]/g, 'q')}`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const keys = await generateTestKeys();
  const standIn = await startClerkBackendStandIn({ instances: [secretKey] });
  const site = await buildAndStart({
    label: 'tokens',
    port,
    keys,
    env: { CLERK_API_URL: standIn.url },
  });
  const base = site.running.url;
  const runs: Run[] = [];
  const realFeed: string[] = [];
  try {
    const made = await fetch(`${standIn.url}/api_keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'bench', subject: 'user_bench' }),
    });
    const valid = ((await made.json()) as { secret: string }).secret;
    progress('600 made-up feed URLs at once, and a new real one during them');
    const feed = await feedFlood(standIn, base);
    runs.push(feed.run);
    realFeed.push(...feed.real);
    await pause(OUTAGE_PAUSE_MS);
    progress(`${tokens} distinct made-up keys, well formed, ${concurrency} at a time`);
    runs.push(await flood(standIn, base, 'made-up keys, well formed', () => madeUp('ak_')));
    progress(`${tokens} distinct malformed keys`);
    runs.push(await flood(standIn, base, 'made-up keys, malformed', (i) => `ak_${i}!`));
    await pause(2_000);
    progress(`one valid key, ${tokens} times`);
    runs.push(await flood(standIn, base, 'one valid key, repeated', () => valid));

    await pause(2_000);
    progress('rate limit: one noisy API key and a quiet OAuth token, 5 s');
    runs.push(...(await noisyAndQuiet(standIn, base)));

    const cachedKey = await fetch(`${standIn.url}/api_keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'cached', subject: 'user_cached_bench' }),
    });
    const cached = ((await cachedKey.json()) as { secret: string }).secret;
    await fetch(`${base}${ME}`, { headers: { authorization: `Bearer ${cached}` } });

    progress('Clerk down (503): new keys');
    await control(standIn, 'PUT', 'behaviour', { failStatus: 503 });
    runs.push(await flood(standIn, base, 'Clerk down: new keys', () => madeUp('ak_'), 200));
    runs.push(
      await flood(standIn, base, 'Clerk down: a key verified before (its burst)', () => cached, 20),
    );
    await control(standIn, 'PUT', 'behaviour', {});
    await pause(OUTAGE_PAUSE_MS);

    progress('Clerk slow (6 s per call): new keys');
    await control(standIn, 'PUT', 'behaviour', { delayMs: 6_000 });
    runs.push(await flood(standIn, base, 'Clerk slow: new keys', () => madeUp('ak_'), 200));
    await control(standIn, 'PUT', 'behaviour', {});
  } finally {
    await stopAndRemove(site);
    await standIn.stop();
  }

  console.log(
    `\nOpaque tokens on ${ME} (${concurrency} concurrent clients; calls = POST /api_keys/verify and /oauth_applications/access_tokens/verify received by the stand-in; the rate limit rows: the two calls are the two tokens' first verification)\n`,
  );
  console.log('| run | requests | calls to Clerk | time | statuses | latency p50 / p99 / max |');
  console.log('| --- | ---: | ---: | ---: | --- | --- |');
  for (const run of runs) {
    const statuses = [...run.statuses].map(([status, count]) => `${count}× ${status}`).join(', ');
    const latency = [0.5, 0.99, 1]
      .map((q) => `${quantile(run.latencies, q).toFixed(0)}`)
      .join(' / ');
    console.log(
      `| ${run.name} | ${run.requests} | ${run.calls} | ${run.seconds.toFixed(2)} s | ${statuses} | ${latency} ms |`,
    );
  }
  console.log(
    `\nA member's new feed URL during the feed flood, once a second: ${realFeed.join('; ')}`,
  );
}

await main();
