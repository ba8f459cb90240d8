import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';

/** A line `npm run dev` printed, and when (performance.now()). */
export interface DevLine {
  at: number;
  text: string;
}

export interface DevServer {
  /** Whether this process started it, and so stops it. */
  started: boolean;
  /** What it has printed so far, when this process started it (an empty list otherwise). */
  lines: DevLine[];
  stop: () => Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { redirect: 'manual' });
    return true;
  } catch {
    return false;
  }
}

/** How long `npm run dev` may take to answer: a content build, then next dev's first compile. */
const START_TIMEOUT_MS = 240_000;
const STOP_TIMEOUT_MS = 15_000;

/**
 * The dev server at `base`: the one running there, or `npm run dev` started on its port as a
 * process group of its own (so that stopping it ends next dev and the content watcher too, and a
 * Ctrl-C in the terminal reaches this process only, which then stops it).
 */
export async function devServerAt(
  base: string,
  log: (line: string) => void,
  signal?: AbortSignal,
): Promise<DevServer> {
  if (await answers(base)) return { started: false, lines: [], stop: async () => {} };
  const port = new URL(base).port || '80';
  log(`nothing answers at ${base}: starting \`npm run dev\` with PORT=${port}`);
  const child = spawn('npm', ['run', 'dev'], {
    env: { ...process.env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const lines: DevLine[] = [];
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (text) =>
      lines.push({ at: performance.now(), text }),
    );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = (name: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    })());
  const deadline = performance.now() + START_TIMEOUT_MS;
  while (!(await answers(base))) {
    if (signal?.aborted) {
      await stop();
      throw new Error('interrupted while `npm run dev` started');
    }
    if (child.exitCode !== null || performance.now() > deadline) {
      await stop();
      const output = lines.map((line) => line.text).join('\n');
      throw new Error(`\`npm run dev\` did not answer at ${base}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  log(`\`npm run dev\` answers at ${base}`);
  return { started: true, lines, stop };
}
