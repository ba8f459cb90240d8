import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { lookup } from 'node:dns/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { nginxConfig } from './nginx-config';
import { type RunningPrometheus, startPrometheus } from './prometheus';

const exec = promisify(execFile);

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** Debian's nginx; `MASTHEAD_NGINX` names another binary. */
export const nginxBinary = () => process.env.MASTHEAD_NGINX ?? '/usr/sbin/nginx';

export interface StackOptions {
  /** Build output folder, relative to the project root, with its `standalone` folder. */
  distDir: string;
  /** nginx listens here; the copies on the ports after it. */
  port: number;
  copies: number;
  /** Run-time environment of every copy (Clerk's secret and JWT keys). */
  env: Record<string, string>;
  /** A progress line. */
  log: (line: string) => void;
  /** Start a Prometheus scraping the copies, its API on this port. */
  prometheusPort?: number;
}

export interface SiteCopy {
  port: number;
  /** Its metrics listener, on 127.0.0.1 (lib/observability/metrics-server.ts). */
  metricsPort: number;
  /** The running server, or undefined while it is stopped. */
  process?: ChildProcess;
  /** What the running server has written (its log lines), since it started. */
  output: () => string;
}

export interface Stack {
  /** The address readers use: nginx. */
  url: string;
  copies: SiteCopy[];
  /** Folder of nginx's config, logs and cache, and of the copies. */
  dir: string;
  prometheus?: RunningPrometheus;
  /** SIGTERM, wait for the copy to finish what it serves and exit, start it again and wait for its `/readyz`. */
  restart: (index: number) => Promise<void>;
  /** SIGKILL: the copy dies with whatever it was serving. */
  kill: (index: number) => Promise<void>;
  start: (index: number) => Promise<void>;
  stop: () => Promise<void>;
}

/** Until `url` answers 200: a copy's `/readyz` says it can serve (content, keys, Clerk). */
async function waitFor(url: string, label: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${label} exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    try {
      const answer = await fetch(url, { redirect: 'manual' });
      if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}`);
      return;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`${label} did not answer within 30 s:\n${output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * A copy of the standalone folder per server, as each container has its own disk: a page Next
 * regenerates is written into its copy's build. `node_modules` is only read, so it is hard-linked.
 */
async function copyStandalone(distDir: string, target: string) {
  const standalone = path.join(projectRoot, distDir, 'standalone');
  if (!existsSync(path.join(standalone, 'server.js')))
    throw new Error(`${standalone}/server.js is missing: build the site first`);
  await mkdir(target, { recursive: true });
  const entries = (await readdir(standalone)).filter((name) => name !== 'node_modules');
  await exec('cp', ['-a', ...entries.map((name) => path.join(standalone, name)), target]);
  if (existsSync(path.join(standalone, 'node_modules')))
    await exec('cp', ['-al', path.join(standalone, 'node_modules'), target]);
  // Next leaves static assets and public/ out of the standalone folder (a CDN may serve them).
  await cp(path.join(projectRoot, distDir, 'static'), path.join(target, distDir, 'static'), {
    recursive: true,
  });
  if (existsSync(path.join(projectRoot, 'public')))
    await cp(path.join(projectRoot, 'public'), path.join(target, 'public'), { recursive: true });
}

/**
 * Starts `copies` standalone servers of one build and nginx in front of them (load balancer and
 * shared cache, config in nginx-config.ts), all as children of this process, in a temporary folder.
 */
export async function startStack({
  distDir,
  port,
  copies: count,
  env,
  log,
  prometheusPort,
}: StackOptions): Promise<Stack> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'masthead-stack-'));
  // Node listens on the address `localhost` resolves to first; nginx must call that one.
  const { address } = await lookup('localhost');
  const host = address.includes(':') ? `[${address}]` : address;
  // The copies' metrics listeners on the ports after nginx's + 10, Prometheus's on the next one.
  const copies: SiteCopy[] = Array.from({ length: count }, (_, i) => ({
    port: port + 1 + i,
    metricsPort: port + 11 + i,
    output: () => '',
  }));
  let nginx: ChildProcess | undefined;
  let prometheus: RunningPrometheus | undefined;

  const copyAt = (index: number): SiteCopy => {
    const copy = copies[index];
    if (!copy) throw new Error(`there is no copy ${index + 1}: the stack has ${copies.length}`);
    return copy;
  };

  const start = async (index: number) => {
    const copy = copyAt(index);
    const folder = path.join(dir, `copy-${index + 1}`);
    const child = spawn(process.execPath, [path.join(folder, 'server.js')], {
      cwd: folder,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        ...env,
        PORT: String(copy.port),
        HOSTNAME: 'localhost',
        MASTHEAD_METRICS_PORT: String(copy.metricsPort),
        // nginx connects from this address: its X-Request-Id is the one the copies log.
        MASTHEAD_TRUSTED_FRONT: address,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    copy.process = child;
    copy.output = () => output;
    await waitFor(`http://localhost:${copy.port}/readyz`, `copy ${index + 1}`, child, () => output);
    log(`copy ${index + 1} answers on http://localhost:${copy.port} (pid ${child.pid})`);
  };

  const signal = async (index: number, name: NodeJS.Signals) => {
    const copy = copyAt(index);
    const child = copy.process;
    if (!child) return;
    const done = exited(child);
    child.kill(name);
    await done;
    copy.process = undefined;
  };

  const stop = async () => {
    await prometheus?.stop();
    await Promise.all(copies.map((_, index) => signal(index, 'SIGTERM')));
    if (nginx) {
      const done = exited(nginx);
      nginx.kill('SIGQUIT');
      await done;
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    for (let i = 0; i < count; i++) {
      log(`copying the standalone build for copy ${i + 1}`);
      await copyStandalone(distDir, path.join(dir, `copy-${i + 1}`));
    }
    await Promise.all(copies.map((_, index) => start(index)));

    const asRoot = process.getuid?.() === 0;
    // Workers of an nginx started as root run as `nobody`: they must reach the cache below the folder.
    if (asRoot) await chmod(dir, 0o755);
    await mkdir(path.join(dir, 'temp'));
    const config = nginxConfig({
      dir,
      listen: `${host}:${port}`,
      upstreams: copies.map((copy) => `${host}:${copy.port}`),
      user: asRoot ? { name: 'nobody', group: 'nogroup' } : undefined,
    });
    await writeFile(path.join(dir, 'nginx.conf'), config);
    const child = spawn(
      nginxBinary(),
      ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    nginx = child;
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const spawnFailed = new Promise<never>((_, reject) =>
      child.once('error', (error) =>
        reject(
          new Error(
            `${nginxBinary()} could not start (${error.message}): apt-get install -y nginx`,
          ),
        ),
      ),
    );
    await Promise.race([
      waitFor(`http://localhost:${port}/readyz`, 'nginx', child, () => output),
      spawnFailed,
    ]);
    log(
      `nginx answers on http://localhost:${port} (pid ${child.pid}), config ${path.join(dir, 'nginx.conf')}`,
    );
    if (prometheusPort) {
      prometheus = await startPrometheus(
        {
          dir,
          port: prometheusPort,
          targets: copies.map((copy) => `127.0.0.1:${copy.metricsPort}`),
        },
        log,
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url: `http://localhost:${port}`,
    copies,
    dir,
    get prometheus() {
      return prometheus;
    },
    restart: async (index) => {
      await signal(index, 'SIGTERM');
      await start(index);
    },
    kill: (index) => signal(index, 'SIGKILL'),
    start,
    stop,
  };
}
