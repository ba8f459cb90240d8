import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { kindOfFile, type SourceFile } from '../../lib/content/check';

/** Every file under `content/posts` by its kind, with paths relative to the project root. */
async function filesByKind(root: string, kind: ReturnType<typeof kindOfFile>): Promise<string[]> {
  const dir = path.join(root, 'content', 'posts');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => kindOfFile(path.relative(dir, file)) === kind)
    .map((file) => path.relative(root, file))
    .sort();
}

/** Every post (`.mdx` file) under `content/posts`, with paths relative to the project root. */
export async function readPostFiles(root: string): Promise<SourceFile[]> {
  const files = await filesByKind(root, 'post');
  return Promise.all(
    files.map(async (file) => ({ file, source: await readFile(path.join(root, file), 'utf8') })),
  );
}

/** The files under `content/posts` that are neither posts nor hidden: a `.md` post, a stray file. */
export function findStrayFiles(root: string): Promise<string[]> {
  return filesByKind(root, 'stray');
}
