import { spawn } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { inFolder, progress, projectRoot } from './lib/bench-site';
import { generatedSlug, generatePosts } from '../scripts/lib/generate-posts';
import { groupMemory } from '../scripts/lib/load';
import { numberOptions } from './lib/number-options';
import { copyProject } from '../scripts/lib/temp-copy';

// `--posts 10000`, or the count alone as the first argument (`npm run bench:build -- 1000`).
const args = process.argv.slice(2);
const { posts: count } = numberOptions(
  { posts: { default: 1000 } },
  /^\d+$/.test(args[0] ?? '') ? ['--posts', ...args] : args,
);

interface StepFigures {
  seconds: number;
  peakMiB: number;
}

/** Runs a step in its own process group and samples the group's total resident memory. */
function measure(cwd: string, args: string[], label: string): Promise<StepFigures> {
  progress(`${label}...`);
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...inFolder(cwd), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  // The steps' own timing lines (the content step's, Next's compile, type-check and prerendering)
  // show where the time goes.
  child.stdout?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (
        /^content: .* done in|Compiled successfully in|Finished TypeScript in|Generating static pages .* in/.test(
          line,
        )
      )
        progress(`  ${line.trim()}`);
    }
  });
  let peakMiB = 0;
  const sampler = setInterval(async () => {
    if (child.pid === undefined) return;
    const total = (await groupMemory(child.pid)).reduce((sum, process) => sum + process.rssMiB, 0);
    peakMiB = Math.max(peakMiB, total);
  }, 250);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${label} failed (exit ${code}):\n${output}`));
      progress(`${label} done in ${seconds.toFixed(1)} s, peak ${peakMiB.toFixed(0)} MiB`);
      resolve({ seconds, peakMiB });
    });
  });
}

async function main() {
  const copy = await copyProject(projectRoot, 'bench-build');
  try {
    progress(`generating ${count} posts in ${copy.dir}`);
    await generatePosts(path.join(copy.dir, 'content', 'posts'), count);
    const content = () =>
      measure(
        copy.dir,
        [path.join(copy.dir, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-content.ts'],
        'content step',
      );
    const nextBuild = () =>
      measure(
        copy.dir,
        [path.join(copy.dir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'],
        'next build',
      );

    const coldContent = await content();
    const coldBuild = await nextBuild();
    const warmContent = await content();
    const warmBuild = await nextBuild();
    // An editor's fix to one post, then what a deploy of it costs: the content step and `next build`.
    progress('changing one post');
    await appendFile(
      path.join(copy.dir, 'content', 'posts', `${generatedSlug(0)}.mdx`),
      '\nA correction, added after publishing.\n',
    );
    const changedContent = await content();
    const changedBuild = await nextBuild();

    const row = (label: string, cold: StepFigures, warm: StepFigures) =>
      `| ${label} | ${cold.seconds.toFixed(1)} | ${warm.seconds.toFixed(1)} | ${cold.peakMiB.toFixed(0)} | ${warm.peakMiB.toFixed(0)} |`;
    console.log(
      `\nMasthead build benchmark: ${count} generated posts (+ the site's own), ${new Date().toISOString()}\n`,
    );
    console.log('| step | cold s | warm s | peak MiB cold | peak MiB warm |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    console.log(row('content (check + contentlayer2 + split)', coldContent, warmContent));
    console.log(row('next build', coldBuild, warmBuild));
    console.log(
      row(
        'total',
        {
          seconds: coldContent.seconds + coldBuild.seconds,
          peakMiB: Math.max(coldContent.peakMiB, coldBuild.peakMiB),
        },
        {
          seconds: warmContent.seconds + warmBuild.seconds,
          peakMiB: Math.max(warmContent.peakMiB, warmBuild.peakMiB),
        },
      ),
    );
    console.log('\n| one post changed | content s | next build s | total s | peak MiB |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    const changedTotal = changedContent.seconds + changedBuild.seconds;
    const changedPeak = Math.max(changedContent.peakMiB, changedBuild.peakMiB);
    console.log(
      `| ${generatedSlug(0)} | ${changedContent.seconds.toFixed(1)} | ${changedBuild.seconds.toFixed(1)} | ${changedTotal.toFixed(1)} | ${changedPeak.toFixed(0)} |`,
    );
    console.log(
      `\ncold total ${(coldContent.seconds + coldBuild.seconds).toFixed(1)} s (target ≤ 180 s), warm ${(warmContent.seconds + warmBuild.seconds).toFixed(1)} s (≤ 60 s), one post ${changedTotal.toFixed(1)} s (≤ 20 s); peak memory (≤ 4 GiB) is the sum over each step's processes.`,
    );
  } finally {
    await copy.remove();
  }
}

await main();
