import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { buildSite, type RunningSite, startSite } from '../scripts/lib/next-site';
import { ratio, row, runAlternatingRounds, table } from './lib/alternating-rounds';
import { progress, projectRoot } from './lib/bench-site';
import { numberOptions } from './lib/number-options';
import { loadAverage } from './lib/observability-cost';

// What Next.js itself costs when a proxy runs, with none of Masthead in it: a bare Next app whose
// proxy passes one path on untouched and rewrites another to a prerendered page, against the same
// page with no proxy at all. Issue 23's targets for a signed-in reader (0.8× and 0.6× the anonymous
// article) are measured against this floor: Masthead's proxy cannot cost less than an empty one.

const exec = promisify(execFile);

const { connections, duration, rounds, settle, port } = numberOptions({
  connections: { default: 20 },
  duration: { default: 6 },
  rounds: { default: 6 },
  settle: { default: 3, kind: 'zero-or-more' },
  port: { default: process.env.MASTHEAD_BENCH_PORT ?? 4365 },
});

/** About the size of a Masthead article's HTML (40 paragraphs), so that the page's own cost is alike. */
const ARTICLE = Array.from(
  { length: 40 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: a static page served from Next's prerendered output, the same bytes for every reader, long enough to stand for an article of about nine hundred words.</p>`,
).join('');

const page = (title: string) => `export default function Page() {
  return <article><h1>${title}</h1><div dangerouslySetInnerHTML={{ __html: ${JSON.stringify(ARTICLE)} }} /></article>;
}
`;

/** The app: /plain (no proxy runs), /passed-on (NextResponse.next()), /rewritten (NextResponse.rewrite() to a prerendered page). */
const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ private: true, type: 'module' }),
  'next.config.mjs': `export default { turbopack: { root: import.meta.dirname } };\n`,
  'app/layout.jsx': `export default function Layout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  'app/plain/page.jsx': page('Plain'),
  'app/passed-on/page.jsx': page('Passed on'),
  'app/kept/[key]/page.jsx': `export const dynamicParams = false;
export function generateStaticParams() { return [{ key: 'reading' }]; }
${page('Rewritten')}`,
  'proxy.js': `import { NextResponse } from 'next/server';
export function proxy(request) {
  if (request.nextUrl.pathname === '/rewritten') return NextResponse.rewrite(new URL('/kept/reading', request.url));
  return NextResponse.next();
}
export const config = { matcher: ['/passed-on', '/rewritten'] };
`,
};

async function makeApp(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'masthead-proxy-floor-'));
  for (const [name, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  // Hard links, as the other benchmarks' copies: instant, and Turbopack refuses a symlinked node_modules.
  await exec('cp', ['-al', path.join(projectRoot, 'node_modules'), dir]);
  await rm(path.join(dir, 'node_modules', '.cache'), { recursive: true, force: true });
  return dir;
}

async function main() {
  const started = Date.now();
  const dir = await makeApp();
  let running: RunningSite | undefined;
  try {
    progress(`building the bare app in ${dir}`);
    const build = { root: dir, distDir: '.next', port, env: {} };
    await buildSite(build);
    running = await startSite(build);
    const at = (pathname: string) => ({ url: `${running?.url}${pathname}`, expected: [200] });
    const plain = row('no proxy runs (/plain)', at('/plain'), connections);
    const passedOn = row('proxy: NextResponse.next() (/passed-on)', at('/passed-on'), connections);
    const rewritten = row(
      'proxy: NextResponse.rewrite() to a prerendered page (/rewritten)',
      at('/rewritten'),
      connections,
    );
    const rows: [typeof plain, ...(typeof plain)[]] = [plain, passedOn, rewritten];
    await runAlternatingRounds(rows, { rounds, duration, settle });

    console.log(
      `\nNext.js proxy floor (a bare Next ${await nextVersion()} app): autocannon -c ${connections} -d ${duration}, ${rounds} alternating rounds, ${settle} s between runs, ${new Date().toISOString()}\n`,
    );
    console.log(table(rows));
    console.log(`\nload average at the end (1, 5, 15 min): ${loadAverage()}`);
    console.log(
      `proxy passing the request on / no proxy, req/s: ${ratio(passedOn, plain, 'rps').toFixed(2)}, p99: ${ratio(passedOn, plain, 'p99').toFixed(2)} (issue 23 asks 0.8 of a signed-in member's public article)`,
    );
    console.log(
      `proxy rewriting to a prerendered page / no proxy, req/s: ${ratio(rewritten, plain, 'rps').toFixed(2)}, p99: ${ratio(rewritten, plain, 'p99').toFixed(2)} (issue 23 asks 0.6 and 2 of the subscriber's premium post)`,
    );
    console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await running?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function nextVersion(): Promise<string> {
  const { default: pkg } = (await import(
    path.join(projectRoot, 'node_modules', 'next', 'package.json'),
    { with: { type: 'json' } }
  )) as { default: { version: string } };
  return pkg.version;
}

await main();
