import { mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { CheckedPosts, checkPosts, formatProblem } from '@/lib/content/check';
import { bundleBody } from '@/lib/content/mdx-pipeline';
import { splitAtPaywall } from '@/lib/content/paywall';
import { renderBodies, splitPosts, SplitPosts, writeSplit } from '@/scripts/build-content';
import { compilePreviews, previewAhead } from '@/scripts/lib/previews';

/**
 * What the dev watcher (scripts/watch-content.ts) keeps from one save to the next: each post's
 * check and split, redone only for a post that changed, and `.content/` files written only when
 * their text changed, so that `next dev` recompiles only what imports them.
 */
const project = path.resolve(import.meta.dirname, '..', '..');
const publicDir = path.join(project, 'public');
const now = new Date('2026-06-01T00:00:00Z');

const source = (body: string, access = 'public') =>
  `---\ntitle: "A post"\ndate: 2026-05-01\nsummary: "What it is about."\naccess: ${access}\n---\n\n${body}\n`;
const file = (slug: string, body: string) => ({
  file: `content/posts/${slug}.mdx`,
  source: source(body),
});

describe("the watcher's check", () => {
  /** Checks with the watcher's memory, and says which bodies the check looked at this time. */
  function checker() {
    const checkedPosts = new CheckedPosts();
    return async (files: ReturnType<typeof file>[]) => {
      const looked: string[] = [];
      const compiledBodies = {
        compiledBefore: (body: string) => (looked.push(body.trim()), false),
        compiled: () => {},
      };
      const problems = await checkPosts(files, { publicDir, now, compiledBodies, checkedPosts });
      return { looked, problems: problems.map(formatProblem) };
    };
  }

  it('checks again only the post whose source changed, and still finds what it breaks in the others', async () => {
    const check = checker();
    const a = file('a-post', 'See [the second](/blog/b-post#a-section).');
    const b = file('b-post', '## A section\n\nSecond text.');
    expect((await check([a, b])).looked).toEqual([
      'See [the second](/blog/b-post#a-section).',
      '## A section\n\nSecond text.',
    ]);
    expect(await check([a, b])).toEqual({ looked: [], problems: [] });
    const edited = await check([a, file('b-post', '## Renamed\n\nSecond text.')]);
    expect(edited.looked).toEqual(['## Renamed\n\nSecond text.']);
    expect(edited.problems).toEqual([
      expect.stringMatching(
        /^content\/posts\/a-post\.mdx:8: link to a heading .* does not have: \/blog\/b-post#a-section; /,
      ),
    ]);
  });

  it('forgets a removed post: its problems go, and links to it are errors', async () => {
    const check = checker();
    const a = file('a-post', 'See [the second](/blog/b-post).');
    const b = file('b-post', 'Second text with <Unknown />.');
    expect((await check([a, b])).problems).toEqual([
      expect.stringMatching(/^content\/posts\/b-post\.mdx:8: unknown component <Unknown>; /),
    ]);
    const removed = await check([a]);
    expect(removed.looked).toEqual([]);
    expect(removed.problems).toEqual([
      expect.stringMatching(
        /^content\/posts\/a-post\.mdx:8: link to a post that does not exist: \/blog\/b-post; /,
      ),
    ]);
    // Put back, it is checked again rather than taken from a memory of it.
    expect((await check([a, b])).looked).toEqual(['Second text with <Unknown />.']);
  });
});

type GeneratedPost = Parameters<typeof splitPosts>[0][number];

async function generated(slug: string, body: string, access: 'public' | 'premium' = 'public') {
  return {
    slug,
    title: `Post ${slug}`,
    date: '2026-05-01T00:00:00.000Z',
    summary: 'About it.',
    access,
    draft: false,
    tags: [],
    authors: ['ada-lindqvist'],
    readingMinutes: 1,
    body: { raw: body, code: await bundleBody(body) },
    _raw: { sourceFilePath: `posts/${slug}.mdx` },
  } as GeneratedPost;
}

const GATED = 'Open paragraph.\n\n<Paywall />\n\nThe closed paragraph.';

describe("the watcher's split", () => {
  let posts: { a: GeneratedPost; b: GeneratedPost; gated: GeneratedPost; editedA: GeneratedPost };
  let previews: Map<string, string>;
  beforeAll(async () => {
    posts = {
      a: await generated('a-post', 'First text.'),
      b: await generated('b-post', 'Second text.'),
      gated: await generated('c-post', GATED, 'premium'),
      editedA: await generated('a-post', 'First text, edited.'),
    };
    previews = new Map([['c-post', await bundleBody(splitAtPaywall(GATED, 'premium').preview!)]]);
  }, 60_000);

  /** Splits with the watcher's memory, and says which posts' code it rendered this time. */
  function splitter() {
    const kept = new SplitPosts();
    return (list: GeneratedPost[]) => {
      const rendered: string[] = [];
      const render: typeof renderBodies = (code, access) => {
        rendered.push(list.find((post) => post.body.code === code)?.slug ?? 'a preview');
        return renderBodies(code, access);
      };
      return { rendered, ...splitPosts(list, previews, render, kept) };
    };
  }

  it("renders again only the post that changed, and leaves the others' texts as they were", async () => {
    const split = splitter();
    const first = split([posts.a, posts.b, posts.gated]);
    expect(first.rendered.sort()).toEqual(['a preview', 'a-post', 'b-post', 'c-post']);
    const second = split([posts.editedA, posts.b, posts.gated]);
    expect(second.rendered).toEqual(['a-post']);
    expect(second.publicTexts.get('a-post')?.bodyHtml).toContain('First text, edited.');
    expect(second.publicTexts.get('b-post')).toBe(first.publicTexts.get('b-post'));
    expect(second.publicTexts.get('c-post')).toBe(first.publicTexts.get('c-post'));
    expect(second.restricted).toEqual(first.restricted);
  });

  it('drops a removed post from every output', async () => {
    const split = splitter();
    split([posts.a, posts.b, posts.gated]);
    const removed = split([posts.a, posts.b]);
    expect(removed.rendered).toEqual([]);
    expect(removed.publicPosts.map((post) => post.slug)).toEqual(['a-post', 'b-post']);
    expect([...removed.publicTexts.keys()]).toEqual(['a-post', 'b-post']);
    expect(removed.restricted).toEqual([]);
  });
});

describe("the watcher's writes to .content/", () => {
  let root: string | undefined;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
    root = undefined;
    vi.restoreAllMocks();
  });

  /** Every file under `.content/` with its inode: a file written again (atomically) gets a new one. */
  async function files(dir: string): Promise<Map<string, number>> {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const found = new Map<string, number>();
    for (const entry of entries.filter((one) => one.isFile())) {
      const full = path.join(entry.parentPath, entry.name);
      found.set(path.relative(dir, full), (await stat(full)).ino);
    }
    return found;
  }

  it('rewrites only the files a saved post changes, and removes the text of a removed post', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'masthead-watch-steps-'));
    // What the render cache's key reads (rendererOf).
    await symlink(path.join(project, 'components'), path.join(root, 'components'));
    for (const name of ['package-lock.json', 'next.config.mjs'])
      await symlink(path.join(project, name), path.join(root, name));
    const generatedDir = path.join(root, '.contentlayer', 'generated', 'Post');
    await mkdir(generatedDir, { recursive: true });
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const kept = new SplitPosts();
    const previews = new Map([
      ['c-post', await bundleBody(splitAtPaywall(GATED, 'premium').preview!)],
    ]);
    const publish = async (list: GeneratedPost[]) => {
      await writeFile(path.join(generatedDir, '_index.json'), JSON.stringify(list));
      await writeSplit({ root: root! }, [], previews, kept);
      return files(path.join(root!, '.content'));
    };
    const a = await generated('a-post', 'First text.');
    const b = await generated('b-post', 'Second text.');
    const gated = await generated('c-post', GATED, 'premium');

    const before = await publish([a, b, gated]);
    const after = await publish([await generated('a-post', 'First text, edited.'), b, gated]);
    const rewritten = [...after]
      .filter(([name, ino]) => before.get(name) !== ino)
      .map(([name]) => name);
    expect(rewritten.sort()).toEqual(['public-text/a-post.json', 'public.json']);

    const removed = await publish([a, gated]);
    expect([...removed.keys()].filter((name) => name.startsWith('public-text/')).sort()).toEqual([
      'public-text/a-post.json',
      'public-text/c-post.json',
    ]);
  }, 60_000);
});

describe("the watcher's previews", () => {
  it('compiles the preview of a saved gated post, and forgets a removed one', async () => {
    const gated = (slug: string, open: string) => ({
      file: `content/posts/${slug}.mdx`,
      source: source(`${open}\n\n<Paywall />\n\nThe closed paragraph.`, 'premium'),
    });
    const a = gated('a-post', 'Open paragraph.');
    const b = gated('b-post', 'Another open paragraph.');
    expect([...(await compilePreviews([a, b])).keys()]).toEqual(['a-post', 'b-post']);
    previewAhead(b.file, gated('b-post', 'Edited open paragraph.').source);
    const edited = await compilePreviews([a, gated('b-post', 'Edited open paragraph.')]);
    expect(renderBodies(edited.get('b-post')!, 'premium').html).toContain('Edited open paragraph.');
    expect([...(await compilePreviews([a])).keys()]).toEqual(['a-post']);
  }, 60_000);
});
