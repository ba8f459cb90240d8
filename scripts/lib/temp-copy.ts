import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** Build output, caches and history: never copied, each copy makes its own. */
const SKIPPED = new Set([
  '.git',
  '.content',
  '.contentlayer',
  'node_modules',
  'test-results',
  'coverage',
]);

export interface ProjectCopy {
  dir: string;
  remove: () => Promise<void>;
}

/**
 * A throwaway copy of the project for a benchmark build, so that the working tree, its builds and
 * its tsconfig.json (which `next build` edits) stay untouched. `node_modules` is hard-linked, not
 * copied: instant, no disk, and Turbopack refuses a symlinked `node_modules`.
 */
export async function copyProject(root: string, label: string): Promise<ProjectCopy> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `masthead-${label}-`));
  const entries = await readdir(root);
  // Local env files may hold real keys; a benchmark brings its own test instance.
  const copied = entries.filter(
    (name) => !SKIPPED.has(name) && !name.startsWith('.next') && !/^\.env.*local$/.test(name),
  );
  await exec('cp', ['-a', ...copied.map((name) => path.join(root, name)), dir]);
  await exec('cp', ['-al', path.join(root, 'node_modules'), dir]);
  // Tools write caches below node_modules/.cache; a hard link would write through to the original.
  await rm(path.join(dir, 'node_modules', '.cache'), { recursive: true, force: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
