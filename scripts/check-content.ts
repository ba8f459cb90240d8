import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import {
  type CheckedPosts,
  checkPosts,
  formatProblem,
  type Problem,
  type SourceFile,
} from '../lib/content/check';
import { CheckCache, currentPipeline } from './lib/check-cache';
import { findStrayFiles, readPostFiles } from './lib/posts-on-disk';

const PROGRESS_EVERY = 250;

/** `1 post`, `2 posts`. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export interface CheckReport {
  /** False when any problem is an error: nothing may be built. */
  ok: boolean;
  problems: Problem[];
}

/** What the dev watcher hands a check: the posts it has read, and each one's last check. */
export interface WatcherCheck {
  files: SourceFile[];
  checkedPosts: CheckedPosts;
}

/** Checks every post and prints every problem. */
export async function checkContent(root: string, watcher?: WatcherCheck): Promise<CheckReport> {
  const started = performance.now();
  const files = watcher?.files ?? (await readPostFiles(root));
  const cacheFile = path.join(root, '.content', 'check-cache.json');
  // The cache on disk is for a check that starts from nothing (`npm run content`, the watcher's
  // first); the watcher's later checks compile only the posts that changed and leave it as it is,
  // since it keeps only the bodies a check asks for.
  const compiledBodies =
    watcher && !watcher.checkedPosts.empty
      ? undefined
      : await CheckCache.load(cacheFile, await currentPipeline());
  const problems = await checkPosts(files, {
    publicDir: path.join(root, 'public'),
    strayFiles: await findStrayFiles(root),
    compiledBodies,
    checkedPosts: watcher?.checkedPosts,
    onProgress: (checked, total) => {
      if (checked % PROGRESS_EVERY === 0 && checked < total)
        console.log(`check-content: ${checked}/${total} posts checked...`);
    },
  });
  if (compiledBodies) {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    await compiledBodies.save(cacheFile);
  }
  for (const problem of problems) console.error(formatProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const took = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `check-content: ${counted(files.length, 'post')}, ${counted(errors, 'error')}, ${counted(warnings, 'warning')} (${took} s)`,
  );
  return { ok: errors === 0, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { ok } = await checkContent(process.cwd());
  process.exitCode = ok ? 0 : 1;
}
