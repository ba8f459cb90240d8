import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Debian's Prometheus; `MASTHEAD_PROMETHEUS` names another binary. */
export const prometheusBinary = () => process.env.MASTHEAD_PROMETHEUS ?? '/usr/bin/prometheus';

/** The alerting rules shipped with the site (docs/operations.md), loaded by every Prometheus the stack starts. */
export const ALERT_RULES = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  'ops',
  'prometheus',
  'alerts.yml',
);

export interface PrometheusOptions {
  /** Folder for its config and its data (never the package's own). */
  dir: string;
  /** Where its HTTP API and UI listen, on 127.0.0.1. */
  port: number;
  /** `host:port` of each copy's metrics listener. */
  targets: string[];
}

export function prometheusConfig({ targets }: Pick<PrometheusOptions, 'targets'>): string {
  return `# Written by scripts/lib/prometheus.ts for npm run stack.
global:
  scrape_interval: 2s
  evaluation_interval: 5s
rule_files:
  - ${JSON.stringify(ALERT_RULES)}
scrape_configs:
  - job_name: masthead
    static_configs:
      - targets: ${JSON.stringify(targets)}
`;
}

export interface RunningPrometheus {
  url: string;
  stop: () => Promise<void>;
}

/**
 * A Prometheus process of the stack's own, with its config and data in the stack's folder, on
 * 127.0.0.1: the package's systemd service, if any, plays no part.
 */
export async function startPrometheus(
  { dir, port, targets }: PrometheusOptions,
  log: (line: string) => void,
): Promise<RunningPrometheus> {
  const folder = path.join(dir, 'prometheus');
  await mkdir(path.join(folder, 'data'), { recursive: true });
  const config = path.join(folder, 'prometheus.yml');
  await writeFile(config, prometheusConfig({ targets }));
  const child: ChildProcess = spawn(
    prometheusBinary(),
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${path.join(folder, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const failed = new Promise<never>((_, reject) =>
    child.once('error', (error) =>
      reject(
        new Error(
          `${prometheusBinary()} could not start (${error.message}): apt-get install -y prometheus`,
        ),
      ),
    ),
  );
  const ready = (async () => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`prometheus exited (${child.exitCode}):\n${output}`);
      const answer = await fetch(`${url}/-/ready`).catch(() => undefined);
      if (answer?.ok) return;
      if (Date.now() > deadline)
        throw new Error(`prometheus was not ready within 30 s:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  await Promise.race([ready, failed]);
  log(`prometheus answers on ${url} (pid ${child.pid}), scraping ${targets.join(', ')}`);
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
