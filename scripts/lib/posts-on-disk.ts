import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import type { SourceFile } from '../../lib/content/check';

/** Every `.mdx` file under `content/posts`, with paths relative to the project root. */
export async function readPostFiles(root: string): Promise<SourceFile[]> {
  const dir = path.join(root, 'content', 'posts');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  return Promise.all(files.map(async (file) => ({ file: path.relative(root, file), source: await readFile(file, 'utf8') })));
}
