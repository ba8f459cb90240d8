/**
 * What the full texts of gated posts cost a server that renders one: their size on disk as the
 * content build writes them, and the resident memory of `next start` (its process group) once
 * started, after one anonymous article, and after one subscriber's reading of the oldest premium
 * post (rendered on that request: not among the readings `next build` renders ahead).
 *
 *   npm run measure:member-memory -- --posts 1000                 # this tree, 1,000 generated posts
 *   npm run measure:member-memory -- --posts 1000 --code f977a6b  # another commit's site, the same posts
 *
 * `--code` builds the commit's tracked files (without the files added since), so that a change is
 * measured before and after on the same posts. A measurement, not a test: the figures depend on
 * the machine and its load, printed with them.
 */
import { execFile, spawn } from 'node:child_process';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';

import { postHref } from '../lib/paths';
import { mintSessionToken, sessionCookies } from '../scripts/lib/clerk-tokens';
import { generatedSlug, generatePosts } from '../scripts/lib/generate-posts';
import { groupMemory } from '../scripts/lib/load';
import {
  buildAndStart,
  type BenchSite,
  generateTestKeys,
  progress,
  projectRoot,
  stopAndRemove,
} from './lib/bench-site';
import { numberOptions } from './lib/number-options';
import { loadAverage } from './lib/observability-cost';

const exec = promisify(execFile);

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '1000' },
    code: { type: 'string' },
    port: { type: 'string', default: process.env.MASTHEAD_BENCH_PORT ?? '4355' },
  },
});
const { posts: count, port } = numberOptions(
  { posts: { default: 1000, kind: 'zero-or-more' }, port: { default: 4355 } },
  ['--posts', values.posts, '--port', values.port],
);

/** Puts the commit's tracked files over the copy, and removes those added since, which it lacks. */
async function overlayCommit(dir: string, commit: string) {
  const { stdout } = await exec('git', ['-C', projectRoot, 'rev-parse', '--verify', commit]);
  const sha = stdout.trim();
  const added = (
    await exec('git', ['-C', projectRoot, 'diff', '--name-only', '--diff-filter=A', sha, 'HEAD'])
  ).stdout
    .split('\n')
    .filter(Boolean);
  await Promise.all(added.map((file) => rm(path.join(dir, file), { force: true })));
  await new Promise<void>((resolve, reject) => {
    const archive = spawn('git', ['-C', projectRoot, 'archive', sha], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const untar = spawn('tar', ['-x', '-C', dir], { stdio: ['pipe', 'inherit', 'inherit'] });
    archive.stdout.pipe(untar.stdin);
    untar.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`extracting ${sha} failed (exit ${code})`)),
    );
  });
  progress(`building the site of ${sha.slice(0, 12)} (${added.length} files added since removed)`);
}

async function sizeOf(file: string): Promise<number | undefined> {
  return stat(file).then(
    (found) => found.size,
    () => undefined,
  );
}

/** What the content build wrote of the restricted texts: one file, or one a post and an index. */
async function restrictedOnDisk(dir: string): Promise<string[]> {
  const content = path.join(dir, '.content');
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB (${bytes} bytes)`;
  const lines: string[] = [];
  const whole = await sizeOf(path.join(content, 'restricted.json'));
  if (whole !== undefined) lines.push(`.content/restricted.json: ${mib(whole)}`);
  const textDir = path.join(content, 'restricted-text');
  const files = await readdir(textDir).catch(() => []);
  if (files.length > 0) {
    const sizes = await Promise.all(files.map((file) => stat(path.join(textDir, file))));
    const total = sizes.reduce((sum, file) => sum + file.size, 0);
    const largest = Math.max(...sizes.map((file) => file.size));
    lines.push(
      `.content/restricted-text/: ${files.length} files, ${mib(total)} in all, the largest ${(largest / 1024).toFixed(1)} KiB`,
    );
  }
  const index = await sizeOf(path.join(content, 'restricted-index.json'));
  if (index !== undefined) lines.push(`.content/restricted-index.json: ${mib(index)}`);
  return lines;
}

async function serverMemory(site: BenchSite, label: string): Promise<string> {
  // Let the response's garbage settle a moment; the figure is the resident set, not the heap.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const processes = await groupMemory(site.running.pid);
  const total = processes.reduce((sum, process) => sum + process.rssMiB, 0);
  const each = processes.map((process) => `${process.name} ${process.rssMiB.toFixed(0)}`);
  return `${label}: ${total.toFixed(0)} MiB (${each.join(', ')})`;
}

async function get(url: string, headers: Record<string, string>, expected: string) {
  const reply = await fetch(url, { headers, redirect: 'manual' });
  const body = await reply.text();
  if (reply.status !== 200 || !body.includes(expected))
    throw new Error(`${url} answered ${reply.status} without "${expected}"`);
}

async function main() {
  const keys = await generateTestKeys();
  const site = await buildAndStart({
    label: 'member-memory',
    port,
    keys,
    alter: async (dir) => {
      if (values.code) await overlayCommit(dir, values.code);
      if (count > 0) {
        progress(`generating ${count} posts`);
        await generatePosts(path.join(dir, 'content', 'posts'), count);
      }
    },
  });
  try {
    const url = site.running.url;
    // The oldest generated premium post (every sixth), or the demo's own when none is generated.
    const premium = count >= 6 ? generatedSlug(5) : 'pricing-a-membership-tier';
    const belowPaywall =
      count >= 6 ? 'What we would do differently' : 'Decide what each tier is for';
    const subscriber = await mintSessionToken(keys.privateJwk, {
      userId: 'user_subscriber',
      azp: url,
      features: ['u:premium_content'],
      expiresIn: 3600,
    });
    const lines = [
      `Masthead member memory: ${count} generated posts (+ the site's own), ${values.code ? `code of ${values.code}` : 'this tree'}, ${new Date().toISOString()}`,
      ...(await restrictedOnDisk(site.copy.dir)),
      await serverMemory(site, 'next start, started'),
    ];
    await get(`${url}${postHref('static-first-publishing')}`, {}, 'Static First');
    lines.push(await serverMemory(site, 'after one anonymous article'));
    await get(
      `${url}${postHref(premium)}`,
      { cookie: sessionCookies(subscriber), accept: 'text/html' },
      belowPaywall,
    );
    lines.push(await serverMemory(site, `after one subscriber reading of ${premium}`));
    lines.push(`load average: ${loadAverage()}`);
    console.log(`\n${lines.join('\n')}`);
  } finally {
    await stopAndRemove(site);
  }
}

await main();
