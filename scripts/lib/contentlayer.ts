import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The project this module belongs to. */
const PROJECT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** contentlayer2's build failed; `output` is what it printed, shown only when the check has not already said why. */
export class ContentlayerFailed extends Error {
  constructor(readonly output: string) {
    super('contentlayer2 build failed: see its output above');
    this.name = 'ContentlayerFailed';
  }
}

/**
 * Runs contentlayer2's build for the project in `root` on a worker thread, so that the content
 * check and the previews keep the other core busy meanwhile. Its output is kept, not printed: the
 * check usually says the same thing as `file:line: what to do`, and ContentlayerFailed carries it
 * for when it does not. Resolves with the number of documents generated.
 */
export function buildWithContentlayer(
  root: string,
  signal: AbortSignal,
): Promise<{ documents: number; seconds: number }> {
  // contentlayer2 takes the folder as `customCwd`, but its MDX step still resolves the content from
  // `process.cwd()` (a TODO in its source), and a config that imports another copy of its packages
  // than the worker's own makes it spin without an error: `npm run bench:contentlayer`, run from the
  // project on a copy, spun for hours. So it builds only the project its code is in, run from there.
  const folder = path.resolve(root);
  if (folder !== PROJECT || folder !== process.cwd())
    return Promise.reject(
      new Error(
        `contentlayer2 builds the project it runs in: run ${folder}'s own content step from ${folder}`,
      ),
    );
  const started = performance.now();
  const worker = new Worker(new URL('./contentlayer-worker.mjs', import.meta.url), {
    workerData: { root },
    stdout: true,
    stderr: true,
    // A larger young generation (as `--max-semi-space-size=64` gave the CLI): contentlayer2
    // allocates short-lived objects by the million, and V8's default spends a noticeable share of
    // a large build collecting them (`npm run bench:build` measures it).
    resourceLimits: { maxYoungGenerationSizeMb: 192 },
  });
  let output = '';
  worker.stdout.on('data', (chunk: Buffer) => (output += chunk));
  worker.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const stop = () => void worker.terminate();
  signal.addEventListener('abort', stop, { once: true });
  return new Promise((resolve, reject) => {
    let documents: number | undefined;
    worker.on('message', (count: number) => (documents = count));
    worker.on('error', (error) => (output += `${error.stack ?? error.message}\n`));
    worker.on('exit', () => {
      signal.removeEventListener('abort', stop);
      if (documents === undefined) reject(new ContentlayerFailed(output));
      else resolve({ documents, seconds: (performance.now() - started) / 1000 });
    });
  });
}
