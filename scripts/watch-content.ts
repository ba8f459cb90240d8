import { spawn } from 'node:child_process';
import { utimes } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

import { watch } from 'chokidar';

import { checkStep, previewStep, writeDevProblems, writeSplit } from './build-content';
import { ContentlayerOutput } from './lib/contentlayer-output';
import { readPostFiles } from './lib/posts-on-disk';

/**
 * The content half of `npm run dev`, beside `next dev`. It runs `contentlayer2 dev` (which
 * recompiles a post within a fraction of a second of its save) and, each time contentlayer's
 * index changes, checks every post and, only when the check passes, writes the new
 * `.content/*.json` that the pages import, so that `next dev` shows the change. A post with an
 * error leaves the last good JSON in place: the dev server keeps showing it while the terminal,
 * and a banner over every page (`.content/dev-problems.json`), say what to fix. A post that
 * contentlayer2 fails on (an MDX syntax error) leaves its index unchanged, so its problem report
 * starts the check too, and is shown only if the check does not explain it
 * (scripts/lib/contentlayer-output.ts).
 */
const root = process.cwd();
const index = path.join('.contentlayer', 'generated', 'Post', '_index.json');
const images = path.join('public', 'images');
const SETTLE_MS = 30;

const contentlayer = new ContentlayerOutput((line) => console.log(line), soon);

let timer: NodeJS.Timeout | undefined;
let running = false;
let again = false;

async function publish() {
  if (running) {
    again = true;
    return;
  }
  running = true;
  do {
    again = false;
    const mark = contentlayer.mark();
    let errorFiles = new Set<string>();
    try {
      const report = await checkStep({ root });
      errorFiles = new Set(
        report.problems
          .filter((problem) => problem.severity === 'error')
          .map((problem) => problem.file),
      );
      if (report.ok) {
        await writeSplit({ root }, report.problems, await previewStep({ root }));
        console.log('content: the dev server now shows the new content');
      } else {
        await writeDevProblems({ root }, report.problems);
        console.log(
          'content: the dev server keeps showing the last good content; fix the problem above and save again',
        );
      }
    } catch (error) {
      console.error(`content: ${(error as Error).message}`);
    }
    contentlayer.settle(mark, errorFiles);
  } while (again);
  running = false;
}

function soon() {
  clearTimeout(timer);
  timer = setTimeout(publish, SETTLE_MS);
}

/**
 * contentlayer2 watches posts, not images: when an image is added or replaced, touch the posts
 * that show it, so that they are recompiled with the image's size (and an error about the
 * missing file goes away).
 */
async function touchPostsShowing(image: string) {
  const src = `/${path.relative('public', image).split(path.sep).join('/')}`;
  const now = new Date();
  for (const post of await readPostFiles(root)) {
    if (post.source.includes(src)) await utimes(path.join(root, post.file), now, now);
  }
}

function forward(stream: Readable) {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) =>
    contentlayer.line(line),
  );
}

const cli = path.join(root, 'node_modules', 'contentlayer2', 'bin', 'cli.cjs');
// contentlayer2 takes its project folder from PWD before the working directory.
const child = spawn(process.execPath, [cli, 'dev'], {
  cwd: root,
  env: { ...process.env, PWD: root },
  stdio: ['ignore', 'pipe', 'pipe'],
});
forward(child.stdout);
forward(child.stderr);
// One stops the other: `npm run dev` (concurrently --kill-others) then stops the dev server too.
child.on('exit', (code, signal) => {
  console.error(`content: contentlayer2 dev stopped (${signal ?? `exit code ${code}`})`);
  process.exit(code ?? 1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    child.removeAllListeners('exit');
    child.kill(signal);
    process.exit(0);
  });
}

watch(index, {
  cwd: root,
  ignoreInitial: true,
  awaitWriteFinish: { stabilityThreshold: SETTLE_MS, pollInterval: 10 },
}).on('all', soon);
watch(images, { cwd: root, ignoreInitial: true }).on('all', (event, file) => {
  if (event === 'add' || event === 'change') void touchPostsShowing(file);
  else soon();
});
console.log(`content: publishing ${index} to .content/ after each check, and watching ${images}`);
