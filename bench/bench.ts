import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import { postHref, privateApiPostHref } from '../lib/paths';

import { mintSessionToken, sessionCookies } from '../scripts/lib/clerk-tokens';
import {
  BENCH_DIST_DIR,
  type BenchSite,
  buildAndStart,
  generateTestKeys,
  removeProxy,
  stopAndRemove,
} from './lib/bench-site';
import type { LoadTarget } from '../scripts/lib/load';
import type { RunningSite } from '../scripts/lib/next-site';
import {
  ratio,
  roundRatios,
  row as makeRow,
  type Row,
  runAlternatingRounds,
  table,
} from './lib/alternating-rounds';
import { numberOptions } from './lib/number-options';
import { loadAverage, startWithoutObservability } from './lib/observability-cost';
import { pinServersAndLoad } from './lib/pin-cores';
import { rowChoice } from './lib/row-choice';

/** `--only cost`: the rows of the request log's and the metrics' cost alone (docs/performance.md). */
const { only, rest } = rowChoice();
/** `--pin`: the servers on one core, the load on the other (bench/lib/pin-cores.ts). */
const PIN = '--pin';
const pinned = rest.includes(PIN);
const numericArgs = rest.filter((arg) => arg !== PIN);

const {
  connections,
  duration,
  rounds,
  settle,
  port: basePort,
} = numberOptions(
  {
    connections: { default: 20 },
    duration: { default: 6 },
    rounds: { default: 4 },
    settle: { default: 3, kind: 'zero-or-more' },
    port: { default: process.env.MASTHEAD_BENCH_PORT ?? 4355 },
  },
  numericArgs,
);

const ARTICLE = 'static-first-publishing';
const PREMIUM = 'pricing-a-membership-tier';

/** The ceiling of this machine: one file from memory, no framework at all. */
function startStaticServer(file: string, port: number): Promise<ChildProcess> {
  const code = `
    const html = require('node:fs').readFileSync(${JSON.stringify(file)});
    require('node:http')
      .createServer((req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(html); })
      .listen(${port}, 'localhost', () => console.log('ready'));`;
  // Its own process group, as the Next servers': the bench reads the group's CPU time.
  const child = spawn(process.execPath, ['-e', code], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child));
    child.once('exit', (exitCode) => reject(new Error(`the static server exited (${exitCode})`)));
  });
}

async function main() {
  const started = Date.now();
  const keys = await generateTestKeys();
  const sites: BenchSite[] = [];
  let staticServer: ChildProcess | undefined;
  let quiet: RunningSite | undefined;
  try {
    const withProxy = await buildAndStart({ label: 'bench', port: basePort, keys });
    sites.push(withProxy);
    const noProxy =
      only === 'cost'
        ? undefined
        : await buildAndStart({
            label: 'bench-no-proxy',
            port: basePort + 1,
            keys,
            alter: removeProxy,
          });
    if (noProxy) sites.push(noProxy);
    if (only !== 'cost') {
      const prerendered = path.join(
        withProxy.copy.dir,
        BENCH_DIST_DIR,
        'server',
        'app',
        'blog',
        `${ARTICLE}.html`,
      );
      staticServer = await startStaticServer(prerendered, basePort + 2);
    }
    quiet = await startWithoutObservability(withProxy.build, basePort + 3);
    const quietUrl = quiet.url;

    const token = (userId: string, features: string[] = []) =>
      mintSessionToken(keys.privateJwk, {
        userId,
        azp: withProxy.running.url,
        features,
        expiresIn: 3600,
      });
    const member = await token('user_member');
    const subscriber = await token('user_subscriber', ['u:premium_content']);
    const url = withProxy.running.url;
    const row = (label: string, target: LoadTarget, rowConnections = connections) =>
      makeRow(label, target, rowConnections, withProxy.running.pid);
    const reference = makeRow(
      'reference: prerendered article, static Node server',
      { url: `http://localhost:${basePort + 2}/`, expected: [200] },
      connections,
      staticServer?.pid,
    );
    const bare = makeRow(
      'anonymous article, build without proxy',
      { url: `${noProxy?.running.url}${postHref(ARTICLE)}`, expected: [200] },
      connections,
      noProxy?.running.pid,
    );
    const anonymous = row('anonymous article', {
      url: `${url}${postHref(ARTICLE)}`,
      expected: [200],
    });
    const subscriberPremium = row('subscriber, premium post at /blog/<slug>', {
      url: `${url}${postHref(PREMIUM)}`,
      headers: { cookie: sessionCookies(subscriber) },
      expected: [200],
    });
    const memberPublic = row('signed-in member, public article', {
      url: `${url}${postHref(ARTICLE)}`,
      headers: { cookie: sessionCookies(member) },
      expected: [200],
    });
    const premiumApi = row('subscriber, /api/private/posts/<premium>', {
      url: `${url}${privateApiPostHref(PREMIUM)}`,
      headers: { authorization: `Bearer ${subscriber}` },
      expected: [200],
    });
    // The premium post and the anonymous article once more with one connection: latency without queueing.
    const subscriberPremiumAlone = row(subscriberPremium.label, subscriberPremium.target, 1);
    const anonymousAlone = row(anonymous.label, anonymous.target, 1);
    // The same build without the request log and the metrics, each row beside its twin.
    const unobserved = (of: Row) =>
      makeRow(
        `${of.label}, no log or metrics`,
        { ...of.target, url: of.target.url.replace(url, quietUrl) },
        connections,
        quiet?.pid,
      );
    const anonymousQuiet = unobserved(anonymous);
    const premiumQuiet = unobserved(subscriberPremium);
    const memberPublicQuiet = unobserved(memberPublic);
    const costRows: [Row, ...Row[]] = [
      anonymous,
      anonymousQuiet,
      subscriberPremium,
      premiumQuiet,
      memberPublic,
      memberPublicQuiet,
    ];
    const rows: [Row, ...Row[]] =
      only === 'cost'
        ? costRows
        : [reference, bare, ...costRows, anonymousAlone, subscriberPremiumAlone, premiumApi];

    if (pinned)
      await pinServersAndLoad(
        [withProxy.running.pid, noProxy?.running.pid, quiet.pid, staticServer?.pid].flatMap(
          (pid) => (pid === undefined ? [] : [pid]),
        ),
      );
    await runAlternatingRounds(rows, { rounds, duration, settle });

    console.log(
      `\nMasthead benchmark${only ? ` (--only ${only})` : ''}${pinned ? ' (--pin: servers on one core, the load on the other)' : ''}: autocannon -c ${connections} -d ${duration}, ${rounds} alternating rounds, ${settle} s between runs, ${new Date().toISOString()}\n`,
    );
    console.log(table(rows));
    console.log(`\nload average at the end (1, 5, 15 min): ${loadAverage()}`);
    console.log('\nCost of the request log and the metrics (each ratio: median of the rounds):\n');
    console.log(
      '| row | logged / no log or metrics, req/s | each round | no log / logged, server CPU a request | each round | target |',
    );
    console.log('| --- | ---: | --- | ---: | --- | --- |');
    for (const [logged, unlogged, target] of [
      [anonymous, anonymousQuiet, '≥ 0.95'],
      [subscriberPremium, premiumQuiet, '≥ 0.95'],
      [memberPublic, memberPublicQuiet, '(none)'],
    ] as const) {
      const each = (figures: number[]) => figures.map((value) => value.toFixed(3)).join(', ');
      console.log(
        `| ${logged.label} | ${ratio(logged, unlogged, 'rps').toFixed(3)} | ${each(roundRatios(logged, unlogged, 'rps'))} | ${ratio(unlogged, logged, 'serverCpuMs').toFixed(3)} | ${each(roundRatios(unlogged, logged, 'serverCpuMs'))} | ${target} |`,
      );
    }
    if (only === 'cost') {
      console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
      return;
    }
    console.log(
      `\nanonymous article / build without proxy, req/s: ${ratio(anonymous, bare, 'rps').toFixed(2)} (target ≥ 0.95)`,
    );
    console.log(
      `subscriber premium post / anonymous article, req/s: ${ratio(subscriberPremium, anonymous, 'rps').toFixed(2)} (target ≥ 0.6)`,
    );
    console.log(
      `subscriber premium post / anonymous article, p99: ${ratio(subscriberPremium, anonymous, 'p99').toFixed(2)} (target ≤ 2)`,
    );
    console.log(
      `at 1 connection, subscriber premium post / anonymous article: req/s ${ratio(subscriberPremiumAlone, anonymousAlone, 'rps').toFixed(2)}, p99 ${ratio(subscriberPremiumAlone, anonymousAlone, 'p99').toFixed(2)}`,
    );
    console.log(
      `signed-in member, public article / anonymous article, req/s: ${ratio(memberPublic, anonymous, 'rps').toFixed(2)} (target ≥ 0.8)`,
    );
    console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    staticServer?.kill();
    await quiet?.stop();
    await Promise.all(sites.map(stopAndRemove));
  }
}

await main();
