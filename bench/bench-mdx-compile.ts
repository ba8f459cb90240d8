import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { compile } from '@mdx-js/mdx';

import { parsePostFile } from '../lib/content/frontmatter';
import { bundleBody, rehypePlugins, remarkPlugins } from '../lib/content/mdx-pipeline';
import { rehypeHighlightShared } from '../lib/content/mdx-plugins';
import { generatePosts } from '../scripts/lib/generate-posts';
import { numberOptions } from './lib/number-options';

/**
 * `npm run bench:mdx-compile -- [--posts 200]`: what compiling one generated post costs on one
 * thread, and which part of it: contentlayer2's compile (mdx-bundler: the MDX pipeline, then
 * esbuild), the same pipeline through @mdx-js/mdx without bundling, that without the highlighter,
 * and MDX with no plugin. contentlayer2 runs the first for every post of a cold build, one post
 * at a time (docs/performance.md, docs/contentlayer-upstream.md).
 */
const { posts } = numberOptions({ posts: { default: 200 } }, process.argv.slice(2));

type Compiler = (body: string) => Promise<unknown>;

const withoutHighlighter = rehypePlugins.filter((plugin) => plugin !== rehypeHighlightShared);

const compilers: [string, Compiler][] = [
  ["mdx-bundler (contentlayer2's compile)", bundleBody],
  [
    '@mdx-js/mdx, the same plugins, no bundling',
    (body) => compile(body, { remarkPlugins, rehypePlugins, outputFormat: 'function-body' }),
  ],
  [
    '@mdx-js/mdx, without the highlighter',
    (body) =>
      compile(body, {
        remarkPlugins,
        rehypePlugins: withoutHighlighter,
        outputFormat: 'function-body',
      }),
  ],
  ['@mdx-js/mdx, no plugin', (body) => compile(body, { outputFormat: 'function-body' })],
];

async function msPerPost(compiler: Compiler, bodies: string[]): Promise<number> {
  const started = performance.now();
  for (const body of bodies) await compiler(body);
  return (performance.now() - started) / bodies.length;
}

const dir = await mkdtemp(path.join(tmpdir(), 'masthead-bench-mdx-'));
try {
  await generatePosts(dir, posts);
  const files = (await readdir(dir, { recursive: true }))
    .map(String)
    .filter((f) => f.endsWith('.mdx'));
  const bodies = await Promise.all(
    files.map(async (file) => parsePostFile(await readFile(path.join(dir, file), 'utf8')).body),
  );
  const characters = bodies.reduce((sum, body) => sum + body.length, 0) / bodies.length;
  console.log(
    `bench:mdx-compile: ${bodies.length} generated posts, ${characters.toFixed(0)} characters a body on average`,
  );
  // Warms each compiler (grammars, esbuild's service), then alternates them twice: a shared
  // machine's drift hits every compiler alike.
  for (const [, compiler] of compilers) await msPerPost(compiler, bodies.slice(0, 10));
  const figures = new Map<string, number[]>();
  for (const round of [0, 1])
    for (const [label, compiler] of round ? [...compilers].reverse() : compilers)
      figures.set(label, [...(figures.get(label) ?? []), await msPerPost(compiler, bodies)]);
  console.log('\n| compile | ms a post (each round) | 10,000 posts on one thread |');
  console.log('| --- | ---: | ---: |');
  for (const [label, each] of figures) {
    const mean = each.reduce((sum, ms) => sum + ms, 0) / each.length;
    console.log(
      `| ${label} | ${each.map((ms) => ms.toFixed(1)).join(', ')} | ${((mean * 10_000) / 1000).toFixed(0)} s |`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
