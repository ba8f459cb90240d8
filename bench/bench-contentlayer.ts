import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

import { progress, projectRoot } from './lib/bench-site';
import { buildWithContentlayer } from '../scripts/lib/contentlayer';
import { generatePosts } from '../scripts/lib/generate-posts';
import { copyProject } from '../scripts/lib/temp-copy';
import { numberOptions } from './lib/number-options';

/**
 * contentlayer2's step alone (the worker thread the content step runs), cold then warm, on
 * `--posts` generated posts in a throwaway copy of the project: what `npm run bench:build` spends
 * most of its content step on, measured in a minute rather than the whole build's ten. It runs in
 * the copy, as the copy's own code (contentlayer2 builds the project its code is in: see
 * scripts/lib/contentlayer.ts). Run it under `node --cpu-prof` for a profile of the worker too.
 */
const IN_COPY = '--in-copy';
const inCopy = process.argv.includes(IN_COPY);
const { posts: count } = numberOptions(
  { posts: { default: 1000 } },
  process.argv.slice(2).filter((arg) => arg !== IN_COPY),
);

const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

async function buildTwice() {
  const signal = new AbortController().signal;
  for (const run of ['cold', 'warm']) {
    const before = load();
    const { documents, seconds } = await buildWithContentlayer(process.cwd(), signal);
    console.log(
      `contentlayer2 ${run}: ${documents} documents in ${seconds.toFixed(1)} s (load average ${before} before, ${load()} after)`,
    );
  }
}

async function main() {
  const copy = await copyProject(projectRoot, 'bench-contentlayer');
  try {
    progress(`generating ${count} posts in ${copy.dir}`);
    await generatePosts(path.join(copy.dir, 'content', 'posts'), count);
    const tsx = path.join(copy.dir, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const child = spawn(
      process.execPath,
      [...process.execArgv, tsx, 'bench/bench-contentlayer.ts', '--posts', String(count), IN_COPY],
      { cwd: copy.dir, stdio: 'inherit' },
    );
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`the build in ${copy.dir} failed (exit ${code})`);
  } finally {
    await copy.remove();
  }
}

await (inCopy ? buildTwice() : main());
