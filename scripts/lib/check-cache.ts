import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import type { CompiledBodies } from '../../lib/content/check';

interface SavedCache {
  pipeline: string;
  bodies: string[];
}

/**
 * A hash of what decides whether a body compiles: the MDX pipeline's modules and the installed
 * packages of the project this code is in, which is the code that compiles (whatever folder of
 * posts it checks).
 */
export async function currentPipeline(): Promise<string> {
  const files = [
    '../../lib/content/mdx-pipeline.ts',
    '../../lib/content/mdx-plugins.ts',
    '../../package-lock.json',
  ].map((file) => fileURLToPath(new URL(file, import.meta.url)));
  const hash = createHash('sha256');
  for (const file of files) hash.update(await readFile(file));
  return hash.digest('base64url');
}

const keyOf = (body: string) => createHash('sha256').update(body).digest('base64url');

/**
 * The bodies that compiled in the last check, by hash, so that a check after a change to one post
 * compiles that post only: compiling every body again was most of a warm content step
 * (`npm run bench:check`). It keeps only the last check's bodies, so it never grows, lives in
 * `.content/` beside the render cache, and is dropped whole when the pipeline changes (currentPipeline).
 * A body that failed is never kept: its error is found again, with its line.
 */
export class CheckCache implements CompiledBodies {
  private readonly kept = new Set<string>();

  private constructor(
    private readonly previous: ReadonlySet<string>,
    private readonly pipeline: string,
  ) {}

  static async load(file: string, pipeline: string): Promise<CheckCache> {
    try {
      const saved = JSON.parse(await readFile(file, 'utf8')) as SavedCache;
      if (saved.pipeline === pipeline) return new CheckCache(new Set(saved.bodies), pipeline);
    } catch {
      // No cache yet, or an unreadable one: every body is compiled.
    }
    return new CheckCache(new Set(), pipeline);
  }

  compiledBefore(body: string): boolean {
    const key = keyOf(body);
    if (!this.previous.has(key)) return false;
    this.kept.add(key);
    return true;
  }

  compiled(body: string): void {
    this.kept.add(keyOf(body));
  }

  async save(file: string): Promise<void> {
    const saved: SavedCache = { pipeline: this.pipeline, bodies: [...this.kept] };
    await writeFile(`${file}.tmp`, JSON.stringify(saved));
    await rename(`${file}.tmp`, file);
  }
}
