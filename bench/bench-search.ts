import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, gzipSync } from 'node:zlib';

import readingTime from 'reading-time';

import { parsePostFile } from '../lib/content/frontmatter';
import { readFrontmatter } from '../lib/content/schema';
import { buildSearchIndex, type SearchIndex } from '../lib/search/build';
import { createSearcher } from '../lib/search/query';
import type { SearchEntry } from '../lib/search/types';
import { generatePosts } from '../scripts/lib/generate-posts';

/**
 * `npm run bench:search -- [count]`: writes `count` generated posts (default 10000) beside the demo
 * posts in a temporary folder, builds the sharded search index from them, and prints what the
 * search page transfers before it shows the first result of a few queries, raw, gzip (what
 * `next start` serves: Node's zlib at its default level) and brotli; then the same for the old
 * single-file index. Every post is indexed, those dated in the future too (the generated dates run
 * decades ahead), and a post's text is its MDX without link targets and component tags: close to
 * the words of the content build's HTML, in a second rather than contentlayer's many minutes.
 */
const count = Number(process.argv[2] ?? 10_000);
if (!Number.isInteger(count) || count < 1) {
  console.error('bench:search: give a number of posts, e.g. npm run bench:search -- 10000');
  process.exit(1);
}

const QUERIES = [
  'alt text',
  'reader',
  'subscriber price',
  'sub',
  'generated post 9999',
  'caption headline correction',
  'static sites',
];
const RESULTS_PAGE = 20;

/** A post's MDX as the words a reader sees: link targets and component tags (with their attributes) left out. */
function plainText(mdx: string): string {
  return mdx.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]*>/g, ' ');
}

async function readEntries(dir: string): Promise<SearchEntry[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.mdx'));
  const entries: SearchEntry[] = [];
  for (const file of files) {
    const { data, body } = parsePostFile(await readFile(path.join(dir, file), 'utf8'));
    const { frontmatter } = readFrontmatter(data);
    if (!frontmatter || frontmatter.draft) continue;
    entries.push({
      slug: path.basename(file, '.mdx'),
      title: frontmatter.title,
      summary: frontmatter.summary,
      tags: frontmatter.tags,
      access: frontmatter.access,
      date: new Date(frontmatter.date).toISOString(),
      authors: frontmatter.authors,
      readingMinutes: Math.max(1, Math.round(readingTime(body).minutes)),
      text: frontmatter.access === 'public' ? plainText(body) : '',
    });
  }
  return entries.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}

interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

function sizeOf(body: string): Size {
  const bytes = Buffer.from(body);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes).length,
    brotli: brotliCompressSync(bytes).length,
  };
}

const add = (a: Size, b: Size): Size => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const show = (size: Size) =>
  `${kB(size.raw).padStart(10)} raw ${kB(size.gzip).padStart(9)} gzip ${kB(size.brotli).padStart(9)} brotli`;

/** The files of the index as the routes serve them (`Response.json`), by the path the searcher asks for. */
function servedFiles(index: SearchIndex): Map<string, string> {
  const files = new Map<string, string>([['manifest', JSON.stringify(index.manifest)]]);
  for (const [key, shard] of index.shards) files.set(`shard:${key}`, JSON.stringify(shard));
  index.chunks.forEach((chunk, i) => files.set(`chunk:${i}`, JSON.stringify(chunk)));
  return files;
}

/** What a fresh search page fetches to show the first result of `query`, and its first page of results. */
async function transferFor(files: Map<string, string>, sizes: Map<string, Size>, query: string) {
  const fetched: string[] = [];
  const searcher = createSearcher(
    async (file) => {
      fetched.push(file);
      return JSON.parse(files.get(file) ?? 'null') as unknown;
    },
    { manifest: 'manifest', shard: (key) => `shard:${key}`, chunk: (i) => `chunk:${i}` },
  );
  const { ranked } = await searcher.search(query);
  const [first] = await searcher.posts(ranked.slice(0, 1));
  const total = (paths: string[]) =>
    paths.reduce((sum, file) => add(sum, sizes.get(file)!), { raw: 0, gzip: 0, brotli: 0 });
  const firstResult = { files: fetched.length, size: total(fetched) };
  await searcher.posts(ranked.slice(0, RESULTS_PAGE));
  return {
    matches: ranked.length,
    first: first?.slug,
    firstResult,
    firstPage: { files: fetched.length, size: total(fetched) },
  };
}

const root = await mkdtemp(path.join(tmpdir(), 'masthead-bench-search-'));
try {
  const dir = path.join(root, 'content', 'posts');
  await mkdir(dir, { recursive: true });
  const demo = path.join(process.cwd(), 'content', 'posts');
  for (const file of (await readdir(demo)).filter((name) => name.endsWith('.mdx')))
    await copyFile(path.join(demo, file), path.join(dir, file));
  console.log(`bench:search: writing ${count} generated posts beside the demo posts in ${root}...`);
  await generatePosts(dir, count);

  let started = performance.now();
  const entries = await readEntries(dir);
  console.log(
    `bench:search: read ${entries.length} posts in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  started = performance.now();
  const index = buildSearchIndex(entries);
  console.log(
    `bench:search: built the index in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const files = servedFiles(index);
  const sizes = new Map([...files].map(([file, body]) => [file, sizeOf(body)] as const));

  const old = entries.map(({ slug, title, summary, tags, access, date, text }) => ({
    slug,
    title,
    summary,
    tags,
    access,
    date,
    text,
  }));
  const shardSizes = [...sizes]
    .filter(([file]) => file.startsWith('shard:'))
    .sort(([, a], [, b]) => b.gzip - a.gzip);
  const all = [...sizes.values()].reduce(add);
  console.log('');
  console.log(`old single file /search.json: ${show(sizeOf(JSON.stringify(old)))}`);
  console.log(`sharded index, all files:     ${show(all)} in ${files.size} files`);
  console.log(`  manifest /search.json:      ${show(sizes.get('manifest')!)}`);
  console.log(
    `  ${index.manifest.shards.length} term shards; largest:   ${show(shardSizes[0]![1])} (${shardSizes[0]![0].slice('shard:'.length)})`,
  );
  console.log(
    `  ${index.chunks.length} post chunks of ${index.manifest.chunkSize}; largest: ${show([...sizes].filter(([file]) => file.startsWith('chunk:')).reduce((a, [, b]) => (b.gzip > a.gzip ? b : a), { raw: 0, gzip: 0, brotli: 0 }))}`,
  );
  console.log('');
  console.log(
    `transferred by a fresh search page, response bodies (gzip is what next start sends):`,
  );
  for (const query of QUERIES) {
    const { matches, first, firstResult, firstPage } = await transferFor(files, sizes, query);
    console.log(`"${query}": ${matches} matches, first ${first ?? '(none)'}`);
    console.log(`  first result:       ${firstResult.files} files ${show(firstResult.size)}`);
    console.log(
      `  first ${RESULTS_PAGE} results:   ${firstPage.files} files ${show(firstPage.size)}`,
    );
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
