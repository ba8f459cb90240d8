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
 * most of its content step on, measured in a minute rather than the whole build's ten. Run it under
 * `node --cpu-prof` (tsx passes Node's flags) for a profile of the worker thread too.
 */
const { posts: count } = numberOptions({ posts: { default: 1000 } });

const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

async function main() {
  const copy = await copyProject(projectRoot, 'bench-contentlayer');
  try {
    progress(`generating ${count} posts in ${copy.dir}`);
    await generatePosts(path.join(copy.dir, 'content', 'posts'), count);
    // contentlayer2 builds the project in the working directory (scripts/lib/contentlayer.ts).
    process.chdir(copy.dir);
    const signal = new AbortController().signal;
    for (const run of ['cold', 'warm']) {
      const before = load();
      const { documents, seconds } = await buildWithContentlayer(copy.dir, signal);
      console.log(
        `contentlayer2 ${run}: ${documents} documents in ${seconds.toFixed(1)} s (load average ${before} before, ${load()} after)`,
      );
    }
  } finally {
    process.chdir(projectRoot);
    await copy.remove();
  }
}

await main();
