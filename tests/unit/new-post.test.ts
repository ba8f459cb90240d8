import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { checkPosts } from '@/lib/content/check';
import { parsePostFile } from '@/lib/content/frontmatter';
import { readFrontmatter, SUMMARY_PLACEHOLDER } from '@/lib/content/schema';
import { generatedDate, generatePosts } from '@/scripts/lib/generate-posts';
import { slugify, writeNewPost } from '@/scripts/lib/new-post';

describe('npm run new-post', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'masthead-new-post-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes a draft that passes the content check, and says where to preview it', async () => {
    const post = await writeNewPost(root, 'Pricing, Part 2: Ça va?', {
      now: new Date('2026-11-26T15:00:00Z'),
    });
    expect(post).toEqual({
      slug: 'pricing-part-2-ca-va',
      file: 'content/posts/pricing-part-2-ca-va.mdx',
      author: 'ada-lindqvist',
      previewUrl: 'http://localhost:3000/dashboard/editor/pricing-part-2-ca-va',
      signInUrl:
        'http://localhost:3000/sign-in?redirect_url=%2Fdashboard%2Feditor%2Fpricing-part-2-ca-va',
    });
    const source = await readFile(path.join(root, post.file), 'utf8');
    expect(readFrontmatter(parsePostFile(source).data)).toEqual({
      frontmatter: {
        title: 'Pricing, Part 2: Ça va?',
        date: '2026-11-26',
        summary: SUMMARY_PLACEHOLDER,
        tags: [],
        access: 'public',
        draft: true,
        authors: ['ada-lindqvist'],
      },
      problems: [],
    });
    expect(
      await checkPosts([{ file: post.file, source }], { publicDir: path.join(root, 'public') }),
    ).toEqual([]);
  });

  it('writes the byline asked for with --author, and refuses an author without a page', async () => {
    const post = await writeNewPost(root, 'By Tomás', { author: 'tomas-okafor' });
    expect(parsePostFile(await readFile(path.join(root, post.file), 'utf8')).data.authors).toEqual([
      'tomas-okafor',
    ]);
    await expect(writeNewPost(root, 'By nobody', { author: 'no-one' })).rejects.toThrow(
      'no author "no-one": use one of ada-lindqvist, tomas-okafor, or add the author to AUTHORS in lib/config.ts first',
    );
  });

  it('refuses to overwrite an existing post, and leaves it as it was', async () => {
    const first = await writeNewPost(root, 'Hello');
    await writeFile(path.join(root, first.file), "the editor's work");
    await expect(writeNewPost(root, 'hello!')).rejects.toThrow(
      'content/posts/hello.mdx already exists: nothing was written',
    );
    expect(await readFile(path.join(root, first.file), 'utf8')).toBe("the editor's work");
  });

  it('explains a title it cannot use', async () => {
    await expect(writeNewPost(root, '  ')).rejects.toThrow('give the post a title');
    await expect(writeNewPost(root, '¿?')).rejects.toThrow('has no letters or digits');
  });

  it('keeps long slugs readable, cut at a word', () => {
    const slug = slugify(
      'A very long title about the many small decisions that make a membership publication work well',
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('a-very-long-title-about-the-many-small-decisions-that-make-a');
  });
});

describe("the benchmarks' generated posts", () => {
  it('are all published, newest last, however many there are', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const count of [1, 1000, 10000]) {
      expect(generatedDate(0, count) <= generatedDate(count - 1, count)).toBe(true);
      expect(generatedDate(count - 1, count) < today).toBe(true);
    }
    expect(generatedDate(0, 10000)).toBe('2016-11-16');
  });

  it('pass the content check, every access level among them', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'masthead-generated-'));
    try {
      const slugs = await generatePosts(dir, 6);
      const files = await Promise.all(
        slugs.map(async (slug) => ({
          file: `content/posts/${slug}.mdx`,
          source: await readFile(path.join(dir, `${slug}.mdx`), 'utf8'),
        })),
      );
      expect(
        await checkPosts(files, {
          publicDir: path.resolve(import.meta.dirname, '..', '..', 'public'),
        }),
      ).toEqual([]);
      const access = files.map(
        ({ source }) => readFrontmatter(parsePostFile(source).data).frontmatter?.access,
      );
      expect(new Set(access)).toEqual(new Set(['public', 'members', 'premium']));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
