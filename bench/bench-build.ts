import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { inFolder, progress, projectRoot } from './lib/bench-site';
import { generatePosts } from '../scripts/lib/generate-posts';
import { groupMemory } from '../scripts/lib/load';
import { copyProject } from '../scripts/lib/temp-copy';

const count = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(count) || count < 1) {
  console.error(`usage: npm run bench:build -- <number of posts>, e.g. 1000 (got "${process.argv[2]}")`);
  process.exit(2);
}

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
      if (/^content: .* done in|Compiled successfully in|Finished TypeScript in|Generating static pages .* in/.test(line)) progress(`  ${line.trim()}`);
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
    const content = () => measure(copy.dir, [path.join(copy.dir, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-content.ts'], 'content step');
    const nextBuild = () => measure(copy.dir, [path.join(copy.dir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], 'next build');

    const coldContent = await content();
    const coldBuild = await nextBuild();
    const warmContent = await content();
    const warmBuild = await nextBuild();

    const row = (label: string, cold: StepFigures, warm: StepFigures) =>
      `| ${label} | ${cold.seconds.toFixed(1)} | ${warm.seconds.toFixed(1)} | ${cold.peakMiB.toFixed(0)} | ${warm.peakMiB.toFixed(0)} |`;
    console.log(`\nMasthead build benchmark: ${count} generated posts (+ the site's own), ${new Date().toISOString()}\n`);
    console.log('| step | cold s | warm s | peak MiB cold | peak MiB warm |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    console.log(row('content (check + contentlayer2 + split)', coldContent, warmContent));
    console.log(row('next build', coldBuild, warmBuild));
    console.log(
      row(
        'total',
        { seconds: coldContent.seconds + coldBuild.seconds, peakMiB: Math.max(coldContent.peakMiB, coldBuild.peakMiB) },
        {
          seconds: warmContent.seconds + warmBuild.seconds,
          peakMiB: Math.max(warmContent.peakMiB, warmBuild.peakMiB),
        },
      ),
    );
    console.log(`\ncold total ${(coldContent.seconds + coldBuild.seconds).toFixed(1)} s (target ≤ 60 s); peak memory is the sum over each step's processes.`);
  } finally {
    await copy.remove();
  }
}

await main();
