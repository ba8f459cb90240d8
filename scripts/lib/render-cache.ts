import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { Access } from '../../lib/content/schema';

export interface Bodies {
  html: string;
  bodyHtml: string;
}

type Render = (code: string, access: Access) => Bodies;

interface SavedCache {
  renderer: string;
  bodies: Record<string, Bodies>;
}

/** A hash of what turns compiled code into HTML in the project at `root`: its MDX components, its installed packages (next/image) and Next's configuration. */
export async function rendererOf(root: string): Promise<string> {
  const components = path.join(root, 'components', 'mdx');
  const files = [
    ...(await readdir(components)).sort().map((name) => path.join(components, name)),
    path.join(root, 'package-lock.json'),
    path.join(root, 'next.config.mjs'),
  ];
  const hash = createHash('sha256');
  for (const file of files) hash.update(await readFile(file));
  return hash.digest('base64url');
}

/**
 * The HTML of each compiled body from the last content step, by a hash of its code and access
 * level, so that a step after a change to one post renders that post only (rendering every body
 * twice grew with the archive: `npm run bench:build`). It lives in `.content/`, which only the
 * server's build reads, and holds only the bodies of the last step, so it never grows. It is
 * dropped whole when what renders the bodies changes (rendererOf).
 */
export class RenderCache {
  private readonly kept = new Map<string, Bodies>();

  private constructor(
    private readonly previous: Map<string, Bodies>,
    private readonly renderer: string,
  ) {}

  /** The cache of the last step in `file`, if the renderer (see rendererOf) is the same. */
  static async load(file: string, renderer: string): Promise<RenderCache> {
    try {
      const saved = JSON.parse(await readFile(file, 'utf8')) as SavedCache;
      if (saved.renderer === renderer)
        return new RenderCache(new Map(Object.entries(saved.bodies)), renderer);
    } catch {
      // No cache yet, or an unreadable one: every body is rendered.
    }
    return new RenderCache(new Map(), renderer);
  }

  /** `render`, answered from the last step where the same code was rendered for the same access. */
  wrap(render: Render): Render {
    return (code, access) => {
      const key = createHash('sha256').update(`${access}\n${code}`).digest('base64url');
      const bodies = this.kept.get(key) ?? this.previous.get(key) ?? render(code, access);
      this.kept.set(key, bodies);
      return bodies;
    };
  }

  async save(file: string): Promise<void> {
    const saved: SavedCache = { renderer: this.renderer, bodies: Object.fromEntries(this.kept) };
    await writeFile(`${file}.tmp`, JSON.stringify(saved));
    await rename(`${file}.tmp`, file);
  }
}
