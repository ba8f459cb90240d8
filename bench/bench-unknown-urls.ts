import { randomBytes } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

import { pageHref } from '../lib/content/pagination';
import { BLOG_PATH, postHref, tagHref } from '../lib/paths';

import {
  BENCH_DIST_DIR,
  buildAndStart,
  generateTestKeys,
  progress,
  stopAndRemove,
} from './lib/bench-site';
import { groupMemory } from '../scripts/lib/load';
import { numberOptions } from './lib/number-options';

/**
 * What requests for addresses that do not exist cost the server: the bytes written under the
 * build's distDir and the server's memory, before and after a run of unknown posts, index pages,
 * tags and share images (each address used once, as a crawler or a scanner sends them).
 */
const { requests, concurrency, port } = numberOptions({
  requests: { default: 10000 },
  concurrency: { default: 10 },
  port: { default: process.env.MASTHEAD_BENCH_PORT ?? 4359 },
});

interface DiskUse {
  files: number;
  bytes: number;
}

async function diskUse(dir: string): Promise<DiskUse> {
  const use: DiskUse = { files: 0, bytes: 0 };
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    use.files += 1;
    use.bytes += (await stat(path.join(entry.parentPath, entry.name))).blocks * 512;
  }
  return use;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

async function memoryMiB(pgid: number): Promise<number> {
  return (await groupMemory(pgid)).reduce((sum, process) => sum + process.rssMiB, 0);
}

/** The four kinds of unknown address, in turn; the share image's suffix is a real one, read from a post page. */
function unknownUrl(i: number, imageSuffix: string): string {
  const word = `${randomBytes(6).toString('hex')}-${i}`;
  switch (i % 4) {
    case 0:
      return postHref(word);
    case 1:
      return pageHref(BLOG_PATH, 1000 + i);
    case 2:
      return tagHref(word);
    default:
      return `${postHref(word)}/${imageSuffix}`;
  }
}

async function main() {
  const keys = await generateTestKeys();
  const site = await buildAndStart({ label: 'bench-unknown-urls', port, keys });
  try {
    const { url, pid } = site.running;
    const distDir = path.join(site.copy.dir, BENCH_DIST_DIR);
    const postPath = postHref('static-first-publishing');
    const post = await (await fetch(`${url}${postPath}`)).text();
    const imageSuffix = new RegExp(`${postPath}/(opengraph-image-[\\w-]+)`).exec(post)?.[1];
    if (!imageSuffix) throw new Error(`no share image link on ${postPath}`);

    const before = await diskUse(distDir);
    const memoryBefore = await memoryMiB(pid);
    progress(`${requests} requests for unknown addresses, ${concurrency} at a time`);
    const statuses: Record<number, number> = {};
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < requests) {
          const response = await fetch(`${url}${unknownUrl(next++, imageSuffix)}`, {
            redirect: 'manual',
          });
          await response.arrayBuffer();
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const after = await diskUse(distDir);
    const memoryAfter = await memoryMiB(pid);

    const grown = after.bytes - before.bytes;
    console.log(
      `\nMasthead: ${requests} requests for unknown addresses, ${new Date().toISOString()}\n`,
    );
    console.log(
      `statuses: ${Object.entries(statuses)
        .map(([code, count]) => `${code}×${count}`)
        .join(' ')}; ${(requests / seconds).toFixed(0)} req/s`,
    );
    console.log(
      `disk under distDir: ${before.bytes} bytes in ${before.files} files before, ${after.bytes} bytes in ${after.files} files after`,
    );
    console.log(
      `grown by ${grown} bytes (${mib(grown)}; ${mib((grown / requests) * 1000)} per 1,000 requests) and ${after.files - before.files} files`,
    );
    console.log(
      `server memory: ${memoryBefore.toFixed(0)} MiB before, ${memoryAfter.toFixed(0)} MiB after`,
    );
  } finally {
    await stopAndRemove(site);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
