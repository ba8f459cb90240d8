import { spawn } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

import { generateTestKeys, testClerkEnv, type TestKeys } from '../../scripts/lib/clerk-tokens';
import {
  buildSite,
  type RunningSite,
  type SiteBuild,
  startSite,
} from '../../scripts/lib/next-site';
import { copyProject, type ProjectCopy } from '../../scripts/lib/temp-copy';

/**
 * `PWD` and `INIT_CWD` name the folder a command runs in: contentlayer2 resolves its tsconfig
 * from `PWD`, and would otherwise build the original project instead of the copy.
 */
export const inFolder = (dir: string) => ({ PWD: dir, INIT_CWD: dir });

/** Runs a Node script with its output on this process's stderr (its progress lines) and no stdin. */
function runNode(cwd: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ...inFolder(cwd), ...env },
      stdio: ['ignore', process.stderr, process.stderr],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`node ${args.join(' ')} failed (exit ${code})`)),
    );
  });
}

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');

export const BENCH_DIST_DIR = '.next';

export function progress(message: string) {
  process.stderr.write(`[bench] ${message}\n`);
}

export interface BenchSite {
  copy: ProjectCopy;
  build: SiteBuild;
  running: RunningSite;
}

export interface BenchSiteOptions {
  label: string;
  port: number;
  keys: TestKeys;
  /** Applied to the copy before it is built (for example, removing the proxy). */
  alter?: (dir: string) => Promise<void>;
  /** More environment for the build and the server (for example, CLERK_API_URL). */
  env?: Record<string, string>;
}

/** Copies the project, builds its content and site with the test Clerk instance, and starts it. */
export async function buildAndStart({
  label,
  port,
  keys,
  alter,
  env = {},
}: BenchSiteOptions): Promise<BenchSite> {
  progress(`${label}: copying the project`);
  const copy = await copyProject(projectRoot, label);
  try {
    await alter?.(copy.dir);
    progress(`${label}: building content in ${copy.dir}`);
    await runNode(copy.dir, [
      path.join(copy.dir, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      'scripts/build-content.ts',
    ]);
    const build: SiteBuild = {
      root: copy.dir,
      distDir: BENCH_DIST_DIR,
      port,
      env: { ...testClerkEnv(keys.publicKeyPem), ...env, ...inFolder(copy.dir) },
    };
    await buildSite(build);
    progress(`${label}: starting on port ${port}`);
    const running = await startSite(build, { outputFile: serverLog(build, port) });
    return { copy, build, running };
  } catch (error) {
    await copy.remove();
    throw error;
  }
}

/** Where a bench server writes its output: a file in its copy, as a deployment's log collector would take it. */
export function serverLog(build: SiteBuild, port: number): string {
  return path.join(build.root ?? projectRoot, `server-${port}.log`);
}

export async function stopAndRemove(site: BenchSite) {
  await site.running.stop();
  await site.copy.remove();
}

/** The same site with no proxy at all, and without the unit tests that import it (the build type-checks them). */
export async function removeProxy(dir: string) {
  await rm(path.join(dir, 'proxy.ts'));
  const tests = await readdir(path.join(dir, 'tests', 'unit'), { withFileTypes: true });
  for (const entry of tests) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && (await readFile(file, 'utf8')).includes("from '@/proxy'")) await rm(file);
  }
}

export { generateTestKeys };
