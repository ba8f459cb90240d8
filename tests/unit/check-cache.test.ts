import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { checkPosts, formatProblem } from '@/lib/content/check';
import { CheckCache } from '@/scripts/lib/check-cache';

const publicDir = path.resolve(import.meta.dirname, '..', '..', 'public');
const now = new Date('2026-06-01T00:00:00Z');
const post = (slug: string, body: string) => ({
  file: `content/posts/${slug}.mdx`,
  source: `---\ntitle: "A post"\ndate: 2026-05-01\nsummary: "What it is about."\n---\n\n${body}\n`,
});

describe('the content check’s compile cache', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  async function check(files: ReturnType<typeof post>[], pipeline = 'pipeline v1') {
    dir ??= await mkdtemp(path.join(tmpdir(), 'masthead-check-cache-'));
    const file = path.join(dir, 'check-cache.json');
    const cache = await CheckCache.load(file, pipeline);
    // The bodies the check compiled this time: it tells the cache of each one it compiles.
    const compiled: string[] = [];
    const compiledBodies = {
      compiledBefore: (body: string) => cache.compiledBefore(body),
      compiled: (body: string) => {
        compiled.push(body.trim());
        cache.compiled(body);
      },
    };
    const problems = await checkPosts(files, { publicDir, now, compiledBodies });
    await cache.save(file);
    return { problems: problems.map(formatProblem), compiled, saved: await readFile(file, 'utf8') };
  }

  it('compiles only the bodies that changed since the last check, and every body again once the pipeline changes', async () => {
    const a = post('a-post', 'First text.');
    const b = post('b-post', 'Second text.');
    expect((await check([a, b])).compiled).toEqual(['First text.', 'Second text.']);
    expect((await check([a, b])).compiled).toEqual([]);
    const edited = post('b-post', 'Second text, edited.');
    expect((await check([a, edited])).compiled).toEqual(['Second text, edited.']);
    expect((await check([a, edited], 'pipeline v2')).compiled).toEqual([
      'First text.',
      'Second text, edited.',
    ]);
  });

  it('reports a body that does not compile on every check, with its line: a failure is never kept', async () => {
    const broken = post('a-post', 'Text {oops');
    const once = await check([broken]);
    const twice = await check([broken]);
    expect(once.problems).toHaveLength(1);
    expect(once.problems[0]).toMatch(/^content\/posts\/a-post\.mdx:7: /);
    expect(twice.problems).toEqual(once.problems);
    expect(JSON.parse(twice.saved)).toEqual({ pipeline: 'pipeline v1', bodies: [] });
  });

  it('keeps only the bodies of the last check, so it does not grow with edits', async () => {
    await check([post('a-post', 'First text.')]);
    await check([post('a-post', 'Second text.')]);
    const { compiled, saved } = await check([post('a-post', 'First text.')]);
    expect(JSON.parse(saved).bodies).toHaveLength(1);
    expect(compiled).toEqual(['First text.']);
  });
});
