import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { checkContent } from '../scripts/check-content';
import { generatePosts } from '../scripts/lib/generate-posts';

/**
 * `npm run bench:check -- [count]`: times `check-content` on the demo content, then on `count`
 * generated posts (default 1000) in a temporary project that shares this one's public/ folder,
 * cold and then warm (its bodies compiled last time: scripts/lib/check-cache.ts).
 */
const count = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(count) || count < 1) {
  console.error('bench:check: give a number of posts, e.g. npm run bench:check -- 1000');
  process.exit(1);
}

async function timed(label: string, root: string) {
  const started = performance.now();
  const { ok } = await checkContent(root);
  console.log(
    `bench:check: ${label}: ${((performance.now() - started) / 1000).toFixed(2)} s${ok ? '' : ' (with errors)'}`,
  );
}

await timed('demo content', process.cwd());

const root = await mkdtemp(path.join(tmpdir(), 'masthead-bench-check-'));
try {
  console.log(`bench:check: writing ${count} generated posts to ${root}...`);
  await generatePosts(path.join(root, 'content', 'posts'), count);
  await symlink(path.join(process.cwd(), 'public'), path.join(root, 'public'));
  await timed(`${count} generated posts, cold`, root);
  // The same posts again: only the compile cache (.content/check-cache.json) differs.
  await timed(`${count} generated posts, warm`, root);
} finally {
  await rm(root, { recursive: true, force: true });
}
