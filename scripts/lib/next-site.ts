import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

// Builds and starts a copy of the site with `next build` / `next start`, for the tests and the benchmarks alike.

const root = path.resolve(import.meta.dirname, '..', '..');
const nextBin = (project = root) =>
  path.join(project, 'node_modules', 'next', 'dist', 'bin', 'next');

export interface SiteBuild {
  /** Build output folder, relative to the project root. */
  distDir: string;
  port: number;
  env: Record<string, string>;
  /** Project folder to build and serve (the benchmarks use temporary copies); this project by default. */
  root?: string;
}

function run(
  args: string[],
  env: Record<string, string>,
  label: string,
  cwd = root,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    process.stderr.write(`[site] ${label}...\n`);
    const child = spawn(process.execPath, [nextBin(cwd), ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => {
      if (code === 0) {
        process.stderr.write(
          `[site] ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
        );
        resolve();
      } else reject(new Error(`${label} failed (exit ${code}):\n${output}`));
    });
  });
}

/** The environment a build and its server share: no Clerk variable leaks in from the shell. */
export function siteEnv(build: SiteBuild): Record<string, string> {
  const clean: Record<string, string> = {
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: '',
    CLERK_SECRET_KEY: '',
    CLERK_JWT_KEY: '',
    CLERK_API_URL: '',
    NEXT_TELEMETRY_DISABLED: '1',
    MASTHEAD_DIST_DIR: build.distDir,
    NEXT_PUBLIC_SITE_URL: `http://localhost:${build.port}`,
  };
  return { ...clean, ...build.env };
}

export async function buildSite(build: SiteBuild): Promise<void> {
  const reuse =
    process.env.MASTHEAD_TEST_REUSE_BUILD === '1' &&
    existsSync(path.join(build.root ?? root, build.distDir, 'BUILD_ID'));
  if (reuse) {
    process.stderr.write(`[site] reusing ${build.distDir} (MASTHEAD_TEST_REUSE_BUILD=1)\n`);
    return;
  }
  await run(['build'], siteEnv(build), `next build into ${build.distDir}`, build.root);
}

async function assertPortFree(port: number) {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () =>
      reject(new Error(`Port ${port} is in use; stop what runs there or set MASTHEAD_TEST_PORT`)),
    );
    probe.listen(port, 'localhost', () => probe.close(() => resolve()));
  });
}

export interface RunningSite {
  url: string;
  /** Process group of the server (`next start` and its `next-server` child). */
  pid: number;
  stop: () => Promise<void>;
  /** Everything the server has written to stdout and stderr so far. */
  output: () => string;
}

export interface StartOptions {
  /**
   * Where the server's stdout and stderr go instead of this process's memory: a benchmark's
   * servers write their request log for minutes, and a string that keeps it would grow, and be
   * collected, in the process that drives the load, on the logged twin's rows only. `output()`
   * then reads the file.
   */
  outputFile?: string;
}

/**
 * Starts `next start -H localhost` (with 127.0.0.1 Clerk's responses loop back into the server)
 * as its own process group, so that stopping it also ends the next-server child.
 */
export async function startSite(
  build: SiteBuild,
  { outputFile }: StartOptions = {},
): Promise<RunningSite> {
  await assertPortFree(build.port);
  const file = outputFile === undefined ? undefined : openSync(outputFile, 'a');
  const child: ChildProcess = spawn(
    process.execPath,
    [nextBin(build.root), 'start', '-H', 'localhost', '-p', String(build.port)],
    {
      cwd: build.root ?? root,
      env: { ...process.env, ...siteEnv(build) },
      stdio: file === undefined ? ['ignore', 'pipe', 'pipe'] : ['ignore', file, file],
      detached: true,
    },
  );
  if (file !== undefined) closeSync(file);
  const { pid } = child;
  if (pid === undefined) throw new Error('next start could not be spawned');
  let kept = '';
  child.stdout?.on('data', (chunk) => (kept += chunk));
  child.stderr?.on('data', (chunk) => (kept += chunk));
  const output = () => (outputFile === undefined ? kept : readFileSync(outputFile, 'utf8'));
  const url = `http://localhost:${build.port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`next start exited (${child.exitCode}):\n${output()}`);
    try {
      await fetch(`${url}/robots.txt`, { redirect: 'manual' });
      break;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`next start did not answer within 30 s:\n${output()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    pid,
    output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-pid, 'SIGTERM');
      await exited;
    },
  };
}
