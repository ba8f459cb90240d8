import { utimes } from 'node:fs/promises';
import path from 'node:path';

import { watch } from 'chokidar';

import { checkStep, previewStep, writeSplit } from './build-content';
import { readPostFiles } from './lib/posts-on-disk';

/**
 * The content half of `npm run dev`, beside `contentlayer2 dev` (which recompiles a post within a
 * fraction of a second of its save) and `next dev`. Each time contentlayer's index changes, this
 * checks every post and, only when the check passes, writes the new `.content/*.json` that the
 * pages import, so that `next dev` shows the change. A post with an error leaves the last good
 * JSON in place: the dev server keeps showing it while the terminal says what to fix.
 */
const root = process.cwd();
const index = path.join('.contentlayer', 'generated', 'Post', '_index.json');
const images = path.join('public', 'images');
const SETTLE_MS = 30;

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
    try {
      const report = await checkStep({ root });
      if (report) {
        await writeSplit({ root }, report.problems, await previewStep({ root }));
        console.log('content: the dev server now shows the new content');
      } else {
        console.log('content: the dev server keeps showing the last good content; fix the problem above and save again');
      }
    } catch (error) {
      console.error(`content: ${(error as Error).message}`);
    }
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

watch(index, { cwd: root, ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: SETTLE_MS, pollInterval: 10 } }).on('all', soon);
watch(images, { cwd: root, ignoreInitial: true }).on('all', (event, file) => {
  if (event === 'add' || event === 'change') void touchPostsShowing(file);
  else soon();
});
console.log(`content: publishing ${index} to .content/ after each check, and watching ${images}`);
