import { execFile } from 'node:child_process';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';

import { getMDXComponent } from 'mdx-bundler/client/index.js';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

import { plainComponents } from '../components/mdx/plain';
import { siteComponents } from '../components/mdx/site-components';
import type { PublicPost, RestrictedText } from '../lib/content/types';
import type { Access } from '../lib/content/schema';
import { checkContent } from './check-content';

/** What contentlayer2 writes for each post (the fields this step reads). */
interface GeneratedPost {
  slug: string;
  title: string;
  date: string;
  updated?: string;
  summary: string;
  tags: string[];
  access: Access;
  draft: boolean;
  authors: string[];
  image?: string;
  readingMinutes: number;
  previewCode: string;
  body: { raw: string; code: string };
}

const root = process.cwd();
const outDir = path.join(root, '.content');

function step(label: string) {
  const started = performance.now();
  process.stdout.write(`content: ${label}...\n`);
  return () => console.log(`content: ${label} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function runContentlayer() {
  const done = step('contentlayer2 build');
  const cli = path.join(root, 'node_modules', 'contentlayer2', 'bin', 'cli.cjs');
  try {
    await promisify(execFile)(process.execPath, [cli, 'build'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    console.error(stdout, stderr);
    throw new Error('contentlayer2 build failed: see its output above');
  }
  done();
}

function renderHtml(code: string, components: typeof plainComponents | typeof siteComponents = plainComponents): string {
  const Content = getMDXComponent(code);
  return renderToStaticMarkup(createElement(Content, { components }));
}

/**
 * Splits contentlayer's index, which holds every body, into what the public site may import and
 * what only the member area may import, so that no public route's code holds a gated sentence.
 */
export function splitPosts(posts: GeneratedPost[]): { publicPosts: PublicPost[]; restricted: RestrictedText[] } {
  const publicPosts: PublicPost[] = [];
  const restricted: RestrictedText[] = [];
  for (const post of posts) {
    const gated = post.access !== 'public';
    if (!post.draft) {
      const publicCode = gated ? post.previewCode || null : post.body.code;
      publicPosts.push({
        slug: post.slug,
        title: post.title,
        date: post.date,
        updated: post.updated ?? null,
        summary: post.summary,
        tags: post.tags,
        access: post.access,
        draft: false,
        authors: post.authors,
        image: post.image ?? null,
        readingMinutes: post.readingMinutes,
        publicCode,
        publicHtml: publicCode === null ? null : renderHtml(publicCode),
      });
    }
    if (gated || post.draft) {
      restricted.push({
        slug: post.slug,
        code: post.body.code,
        html: renderHtml(post.body.code),
        pageHtml: renderHtml(post.body.code, siteComponents),
      });
    }
  }
  const byDate = (a: { date: string }, b: { date: string }) => b.date.localeCompare(a.date);
  return { publicPosts: publicPosts.sort(byDate), restricted };
}

async function writeAtomically(file: string, data: unknown) {
  await writeFile(`${file}.tmp`, JSON.stringify(data));
  await rename(`${file}.tmp`, file);
}

export async function buildContent(): Promise<boolean> {
  const checked = step('check');
  if (!(await checkContent(root))) {
    console.error('content: fix the errors above; nothing was built.');
    return false;
  }
  checked();
  await runContentlayer();
  const done = step('split public and restricted text');
  const index = JSON.parse(
    await readFile(path.join(root, '.contentlayer', 'generated', 'Post', '_index.json'), 'utf8'),
  ) as GeneratedPost[];
  const { publicPosts, restricted } = splitPosts(index);
  await mkdir(outDir, { recursive: true });
  await writeAtomically(path.join(outDir, 'restricted.json'), restricted);
  await writeAtomically(path.join(outDir, 'public.json'), publicPosts);
  done();
  console.log(`content: ${publicPosts.length} public posts, ${restricted.length} restricted texts`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = (await buildContent()) ? 0 : 1;
}
