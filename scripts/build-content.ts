import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { getMDXComponent } from 'mdx-bundler/client/index.js';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

import { pageComponents } from '../components/mdx/page-components';
import { plainComponents } from '../components/mdx/plain';
import { buildEditorialIndex } from '../lib/content/editorial-index';
import { formatProblem, type Problem, type SourceFile } from '../lib/content/check';
import { splitAtPaywall } from '../lib/content/paywall';
import { type Access, type Frontmatter, storedFrontmatter } from '../lib/content/schema';
import { tableOfContents } from '../lib/content/toc';
import type {
  GatedPostEntry,
  PostMeta,
  PublicPost,
  PublicText,
  RestrictedEntry,
  RestrictedText,
} from '../lib/content/types';
import { type CheckReport, checkContent, counted, type WatcherCheck } from './check-content';
import { buildWithContentlayer, ContentlayerFailed } from './lib/contentlayer';
import { readPostFiles } from './lib/posts-on-disk';
import { type Bodies, RenderCache, rendererOf } from './lib/render-cache';
import { compilePreviews } from './lib/previews';

/** What contentlayer2 writes for each post (the fields this step reads): the frontmatter, with `date` as an ISO timestamp. */
type GeneratedPost = Frontmatter & {
  slug: string;
  readingMinutes: number;
  body: { raw: string; code: string };
  _raw: { sourceFilePath: string };
};

/** What a content step reads and writes: the posts, contentlayer2's output and `.content/` of the project in `root`. */
export interface ContentStepOptions {
  root: string;
}

function step(label: string) {
  const started = performance.now();
  process.stdout.write(`content: ${label}...\n`);
  return () =>
    console.log(`content: ${label} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function runContentlayer(root: string, signal: AbortSignal) {
  const done = step('contentlayer2 build');
  try {
    await buildWithContentlayer(root, signal);
  } catch (error) {
    if (signal.aborted) return;
    throw error;
  }
  done();
}

/**
 * A post's compiled MDX as HTML, twice: `html` with the plain components, for feeds and the API;
 * `bodyHtml` with the site's own, for its pages, which show it as it is instead of evaluating
 * and hydrating the MDX in every request and every reader's browser.
 */
export function renderBodies(code: string, access: Access): Bodies {
  const Content = getMDXComponent(code);
  return {
    html: renderToStaticMarkup(createElement(Content, { components: plainComponents })),
    bodyHtml: renderToStaticMarkup(createElement(Content, { components: pageComponents(access) })),
  };
}

/** What the split writes: the public index and each public post's text, the restricted index and each restricted text. */
export interface Split {
  publicPosts: PublicPost[];
  publicTexts: Map<string, PublicText>;
  restricted: RestrictedEntry[];
  restrictedTexts: Map<string, RestrictedText>;
}

/** What one post adds to the split: its public entry and text unless it is a draft, its full text if it is gated or a draft. */
interface PostSplit {
  publicPost?: PublicPost;
  publicText?: PublicText;
  restricted?: RestrictedText;
}

function splitPost(
  post: GeneratedPost,
  preview: string | null,
  render: (code: string, access: Access) => Bodies,
): PostSplit {
  const gated = post.access !== 'public';
  const split: PostSplit = {};
  if (!post.draft) {
    const publicCode = gated ? preview : post.body.code;
    const publicSource = gated ? splitAtPaywall(post.body.raw, post.access).preview : post.body.raw;
    const bodies = publicCode === null ? null : render(publicCode, post.access);
    const text: PublicText = {
      html: bodies?.html ?? null,
      bodyHtml: bodies?.bodyHtml ?? null,
      toc: publicSource === null ? [] : tableOfContents(publicSource),
    };
    split.publicText = text;
    split.publicPost = { ...metaOf(post), textVersion: textVersion(text) };
  }
  if (gated || post.draft) {
    const { html, bodyHtml } = render(post.body.code, post.access);
    split.restricted = { html, bodyHtml, toc: tableOfContents(post.body.raw) };
  }
  return split;
}

/**
 * Each post's split from the last step, by slug, with a hash of what it was made from
 * (contentlayer2's entry and the compiled preview), for the dev watcher, which splits after
 * every save: a step given it parses and renders again only the posts that changed. It keeps the
 * posts of the last step only, so a removed post is forgotten.
 */
export class SplitPosts {
  private bySlug = new Map<string, { key: string; split: PostSplit }>();

  get empty(): boolean {
    return this.bySlug.size === 0;
  }

  /** The post's split: the one kept, if it was made from the same entry and preview, or a new one. */
  split(post: GeneratedPost, preview: string | null, make: () => PostSplit): PostSplit {
    const key = createHash('sha256')
      .update(JSON.stringify(post))
      .update('\0')
      .update(preview ?? '')
      .digest('base64url');
    const kept = this.bySlug.get(post.slug);
    if (kept?.key === key) return kept.split;
    const split = make();
    this.bySlug.set(post.slug, { key, split });
    return split;
  }

  /** Forgets every post but these slugs. */
  keepOnly(slugs: ReadonlySet<string>): void {
    for (const slug of this.bySlug.keys()) if (!slugs.has(slug)) this.bySlug.delete(slug);
  }
}

/**
 * Splits contentlayer's index, which holds every body, into what the public site may read (an
 * index without bodies, and one public text a post) and what only the routes that render a full
 * text may read (an index without text, and one restricted text a post), so that no public
 * route's code or files hold a gated sentence. With `kept`, a post that has not changed since the
 * last step is taken from there.
 */
export function splitPosts(
  posts: GeneratedPost[],
  previews: Map<string, string>,
  render: (code: string, access: Access) => Bodies = renderBodies,
  kept?: SplitPosts,
): Split {
  const publicPosts: PublicPost[] = [];
  const publicTexts = new Map<string, PublicText>();
  const restricted: RestrictedEntry[] = [];
  const restrictedTexts = new Map<string, RestrictedText>();
  for (const post of posts) {
    const preview = post.access === 'public' ? null : (previews.get(post.slug) ?? null);
    const make = () => splitPost(post, preview, render);
    const split = kept ? kept.split(post, preview, make) : make();
    if (split.publicPost && split.publicText) {
      publicPosts.push(split.publicPost);
      publicTexts.set(post.slug, split.publicText);
    }
    if (split.restricted) {
      restrictedTexts.set(post.slug, split.restricted);
      restricted.push({ slug: post.slug, textVersion: textVersion(split.restricted) });
    }
  }
  kept?.keepOnly(new Set(posts.map((post) => post.slug)));
  const byDate = (a: { date: string }, b: { date: string }) => b.date.localeCompare(a.date);
  return { publicPosts: publicPosts.sort(byDate), publicTexts, restricted, restrictedTexts };
}

/** A short hash of a text, for its index (PublicPost['textVersion'], RestrictedEntry['textVersion']). */
function textVersion(text: PublicText | RestrictedText): string {
  return createHash('sha256').update(JSON.stringify(text)).digest('base64url').slice(0, 12);
}

/** What every channel may know of a post: its frontmatter and reading time, no body text. */
function metaOf(post: GeneratedPost): PostMeta {
  return { slug: post.slug, ...storedFrontmatter(post), readingMinutes: post.readingMinutes };
}

/** A post's metadata and source file, for the editors' index (which holds no body text). */
function editorialSource(post: GeneratedPost): PostMeta & { file: string } {
  return { ...metaOf(post), file: path.posix.join('content', post._raw.sourceFilePath) };
}

async function writeAtomically(file: string, text: string) {
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
}

/**
 * Writes the file unless it already holds `text`: `next dev` recompiles whatever imports a file
 * that is written, so a step after one saved post rewrites only what that post changed (the root
 * layout imports `dev-problems.json`, the proxy `gated.json`).
 */
async function writeIfChanged(file: string, text: string) {
  if ((await readFile(file, 'utf8').catch(() => null)) !== text) await writeAtomically(file, text);
}

/**
 * Writes `<name>.json` and its type, `<name>.d.json.ts`. TypeScript then reads the declared type
 * instead of inferring one from megabytes of JSON (with 1,000 posts, type-checking took twice as
 * long), and the modules that import the file get the exact type without a cast.
 */
async function writeIndex(
  outDir: string,
  name: string,
  data: unknown[],
  type: 'PublicPost' | 'RestrictedEntry' | 'EditorialEntry' | 'GatedPostEntry',
  from: string,
) {
  await writeIfChanged(
    path.join(outDir, `${name}.d.json.ts`),
    `// Written by scripts/build-content.ts with ${name}.json.\nimport type { ${type} } from '${from}';\n\ndeclare const index: ${type}[];\nexport default index;\n`,
  );
  await writeIfChanged(path.join(outDir, `${name}.json`), JSON.stringify(data));
}

/**
 * Writes `<dir>/<slug>.json`, one text a post, and removes every other file of the folder (those
 * of posts removed, or no longer public or gated), so that no text outlives its post. A file whose
 * text is unchanged is left alone, so that a step after one changed post rewrites one file and
 * `next dev` reloads nothing else.
 */
export async function writeTextFiles(
  dir: string,
  texts: Map<string, PublicText | RestrictedText>,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const kept = new Set<string>();
  for (const [slug, text] of texts) {
    kept.add(`${slug}.json`);
    await writeIfChanged(path.join(dir, `${slug}.json`), JSON.stringify(text));
  }
  const stale = (await readdir(dir)).filter((name) => !kept.has(name));
  await Promise.all(stale.map((name) => rm(path.join(dir, name), { force: true })));
}

/** The gated posts that are or will be published, for the proxy (lib/content/gated-posts.ts). */
export function gatedEntries(posts: GeneratedPost[]): GatedPostEntry[] {
  return posts.flatMap((post) =>
    post.draft || post.access === 'public'
      ? []
      : [{ slug: post.slug, access: post.access, date: post.date }],
  );
}

/**
 * The secret behind the readings' addresses (lib/auth/proxy/readings/lock.ts): made with each build, so that
 * every copy of one build shares it and nothing outside the build's server code knows it. The dev
 * watcher keeps the one its `npm run content` made, so that the proxy and the pages it reloads
 * never hold two.
 */
async function writeReadingLock(outDir: string) {
  await writeAtomically(
    path.join(outDir, 'reading-lock.d.json.ts'),
    '// Written by scripts/build-content.ts with reading-lock.json.\ndeclare const readingLock: { lock: string };\nexport default readingLock;\n',
  );
  await writeAtomically(
    path.join(outDir, 'reading-lock.json'),
    JSON.stringify({ lock: randomBytes(24).toString('base64url') }),
  );
}

/**
 * Writes `.content/dev-problems.json`: the check's errors as the editor reads them in the terminal
 * (`file:line: what is wrong; what to do`), which `npm run dev` shows over every page
 * (components/dev/content-problems.tsx). Every successful build writes it empty, so a production
 * build holds no message.
 */
export async function writeDevProblems(
  { root }: ContentStepOptions,
  problems: Problem[],
): Promise<void> {
  const outDir = path.join(root, '.content');
  await mkdir(outDir, { recursive: true });
  await writeIfChanged(
    path.join(outDir, 'dev-problems.d.json.ts'),
    '// Written by scripts/build-content.ts with dev-problems.json.\ndeclare const problems: string[];\nexport default problems;\n',
  );
  const errors = problems.filter((problem) => problem.severity === 'error').map(formatProblem);
  await writeIfChanged(path.join(outDir, 'dev-problems.json'), JSON.stringify(errors));
}

/**
 * Splits contentlayer's current index into `.content/public.json` (no bodies),
 * `.content/public-text/` (one public text a post), `.content/restricted-index.json` (no text)
 * and `.content/restricted-text/` (one full text a gated post or draft), and writes the editors'
 * index with the check's findings. The dev watcher passes the posts it split last (`kept`).
 */
export async function writeSplit(
  { root }: ContentStepOptions,
  problems: Problem[],
  previews: Map<string, string>,
  kept?: SplitPosts,
): Promise<void> {
  const done = step('split public and restricted text');
  const outDir = path.join(root, '.content');
  const index = JSON.parse(
    await readFile(path.join(root, '.contentlayer', 'generated', 'Post', '_index.json'), 'utf8'),
  ) as GeneratedPost[];
  await mkdir(outDir, { recursive: true });
  // The render cache on disk is for a step that starts from nothing (`npm run content`, the
  // watcher's first); the watcher's later steps render only the posts that changed and leave it as
  // it is, since it keeps only the bodies a step renders.
  const cacheFile = path.join(outDir, 'render-cache.json');
  const cache =
    kept && !kept.empty ? null : await RenderCache.load(cacheFile, await rendererOf(root));
  const { publicPosts, publicTexts, restricted, restrictedTexts } = splitPosts(
    index,
    previews,
    cache ? cache.wrap(renderBodies) : renderBodies,
    kept,
  );
  await cache?.save(cacheFile);
  await writeTextFiles(path.join(outDir, 'restricted-text'), restrictedTexts);
  await writeIndex(
    outDir,
    'restricted-index',
    restricted,
    'RestrictedEntry',
    '../lib/content/types',
  );
  // Earlier builds wrote every restricted text into one file: nothing reads it any more, and a
  // copy of the whole gated archive must not linger where a later change could trace or serve it.
  await Promise.all(
    ['restricted.json', 'restricted.d.json.ts'].map((name) =>
      rm(path.join(outDir, name), { force: true }),
    ),
  );
  await writeTextFiles(path.join(outDir, 'public-text'), publicTexts);
  await writeIndex(outDir, 'public', publicPosts, 'PublicPost', '../lib/content/types');
  const editorial = buildEditorialIndex(index.map(editorialSource), problems, new Date());
  await writeIndex(
    outDir,
    'editorial',
    editorial,
    'EditorialEntry',
    '../lib/content/editorial-index',
  );
  await writeIndex(outDir, 'gated', gatedEntries(index), 'GatedPostEntry', '../lib/content/types');
  await writeDevProblems({ root }, problems);
  done();
  console.log(
    `content: ${counted(publicPosts.length, 'public post')}, ${counted(restricted.length, 'restricted text')}, ${editorial.length} unreleased (draft or scheduled)`,
  );
}

/** The public previews of the gated posts, compiled from the files as they are now (or as the watcher read them). */
export async function previewStep(
  { root }: ContentStepOptions,
  files?: SourceFile[],
): Promise<Map<string, string>> {
  const done = step('compile public previews');
  const previews = await compilePreviews(files ?? (await readPostFiles(root)));
  done();
  return previews;
}

/** The content check: it prints every problem and, on an error, says that nothing was built. */
export async function checkStep(
  { root }: ContentStepOptions,
  watcher?: WatcherCheck,
): Promise<CheckReport> {
  const checked = step('check');
  const report = await checkContent(root, watcher);
  if (!report.ok) {
    console.error('content: fix the errors above; nothing was built.');
    return report;
  }
  checked();
  return report;
}

/**
 * contentlayer2 runs in its own process while this one checks the posts and then compiles the
 * previews, so that both cores work; the split, which is what the site reads, only happens once
 * the check has passed. A failed check, or a preview that does not compile, stops contentlayer2.
 * When the check fails, contentlayer2's own failure (often the same problem: a post saved as
 * `.md`, an MDX syntax error) is not shown: the check's `file:line` lines say what to fix.
 */
export async function buildContent({
  root,
  contentlayer = (signal) => runContentlayer(root, signal),
}: ContentStepOptions & {
  contentlayer?: (signal: AbortSignal) => Promise<void>;
}): Promise<boolean> {
  const stop = new AbortController();
  const compiled = contentlayer(stop.signal);
  // Awaited below; until then a failure must not count as an unhandled rejection.
  compiled.catch(() => {});
  try {
    const report = await checkStep({ root });
    if (!report.ok) return false;
    const previews = await previewStep({ root });
    await compiled;
    await writeSplit({ root }, report.problems, previews);
    await writeReadingLock(path.join(root, '.content'));
    return true;
  } catch (error) {
    if (!(error instanceof ContentlayerFailed)) throw error;
    console.error(error.output);
    console.error(`content: ${error.message}`);
    return false;
  } finally {
    stop.abort();
    // Its failure is reported above, or explained by the check's problems.
    await compiled.catch(() => {});
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = (await buildContent({ root: process.cwd() })) ? 0 : 1;
}
