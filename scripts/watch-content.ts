import { spawn } from 'node:child_process';
import { readFile, utimes } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

import { watch } from 'chokidar';

import { CheckedPosts, kindOfFile } from '../lib/content/check';
import { checkStep, previewStep, SplitPosts, writeDevProblems, writeSplit } from './build-content';
import { ContentlayerOutput } from './lib/contentlayer-output';
import { readPostFiles } from './lib/posts-on-disk';
import { forgetPreviews, previewAhead } from './lib/previews';

/**
 * The content half of `npm run dev`, beside `next dev`. It runs `contentlayer2 dev` (which
 * recompiles a post within a fraction of a second of its save) and, each time contentlayer's
 * index changes, checks the posts and, only when the check passes, writes the new
 * `.content/*.json` that the pages import, so that `next dev` shows the change. It keeps each
 * post's check, preview and split from one step to the next and redoes them only for the posts
 * that changed, and writes only the files whose text changed, so that `next dev` recompiles only
 * what imports them. A post with an error leaves the last good JSON in place: the dev server keeps
 * showing it while the terminal, and a banner over every page (`.content/dev-problems.json`), say
 * what to fix. A post that contentlayer2 fails on (an MDX syntax error) leaves its index
 * unchanged, so its problem report starts the check too, and is shown only if the check does not
 * explain it (scripts/lib/contentlayer-output.ts).
 */
const root = process.cwd();
const index = path.join('.contentlayer', 'generated', 'Post', '_index.json');
const posts = path.join('content', 'posts');
const images = path.join('public', 'images');
const SETTLE_MS = 30;

const contentlayer = new ContentlayerOutput((line) => console.log(line), soon);

const checkedPosts = new CheckedPosts();
const splitPosts = new SplitPosts();
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
      const files = await readPostFiles(root);
      const report = await checkStep({ root }, { files, checkedPosts });
      errorFiles = new Set(
        report.problems
          .filter((problem) => problem.severity === 'error')
          .map((problem) => problem.file),
      );
      if (report.ok) {
        const previews = await previewStep({ root }, files);
        await writeSplit({ root }, report.problems, previews, splitPosts);
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
 * missing file goes away). The checks and previews kept read the images too: they are dropped.
 */
async function touchPostsShowing(image: string) {
  const src = `/${path.relative('public', image).split(path.sep).join('/')}`;
  const now = new Date();
  for (const post of await readPostFiles(root)) {
    if (post.source.includes(src)) await utimes(path.join(root, post.file), now, now);
  }
}

/**
 * A saved post's check and preview start at once, on this process's core, while contentlayer2
 * compiles the post on the other; the step that contentlayer2's new index starts then finds them
 * done or under way.
 */
async function checkAhead(file: string) {
  if (kindOfFile(path.relative(posts, file)) !== 'post') return;
  const source = await readFile(path.join(root, file), 'utf8').catch(() => null);
  if (source === null) return;
  checkedPosts.ahead(file, source, { publicDir: path.join(root, 'public') });
  previewAhead(file, source);
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
watch(posts, { cwd: root, ignoreInitial: true }).on('all', (event, file) => {
  if (event === 'add' || event === 'change') void checkAhead(file);
});
watch(images, { cwd: root, ignoreInitial: true }).on('all', (event, file) => {
  checkedPosts.clear();
  forgetPreviews();
  if (event === 'add' || event === 'change') void touchPostsShowing(file);
  else soon();
});
console.log(`content: publishing ${index} to .content/ after each check, and watching ${images}`);
