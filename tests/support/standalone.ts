import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface StandaloneServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Starts `node <distDir>/standalone/server.js` the way a container does. Next leaves the static
 * assets and `public/` out of the standalone folder (a CDN may serve them); they are copied in.
 */
export async function startStandalone(
  distDir: string,
  port: number,
  env: Record<string, string>,
): Promise<StandaloneServer> {
  const standalone = path.join(root, distDir, 'standalone');
  await cp(path.join(root, distDir, 'static'), path.join(standalone, distDir, 'static'), {
    recursive: true,
  });
  if (existsSync(path.join(root, 'public')))
    await cp(path.join(root, 'public'), path.join(standalone, 'public'), { recursive: true });
  const child: ChildProcess = spawn(process.execPath, [path.join(standalone, 'server.js')], {
    cwd: standalone,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOSTNAME: 'localhost',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the standalone server exited (${child.exitCode}):\n${output}`);
    try {
      await fetch(`${url}/api/health`);
      break;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`the standalone server did not answer within 30 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
