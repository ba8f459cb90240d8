import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { checkPosts, formatProblem } from '@/lib/content/check';

const publicDir = path.resolve(import.meta.dirname, '..', '..', 'public');

const good = `---
title: "A post"
date: 2026-05-01
summary: "What it is about."
tags: [performance]
---

Body text.
`;

async function problemsFor(source: string, file = 'content/posts/a-post.mdx', others: { file: string; source: string }[] = []) {
  return (await checkPosts([{ file, source }, ...others], { publicDir })).map(formatProblem);
}

describe('check-content', () => {
  it('passes a valid post', async () => {
    expect(await problemsFor(good)).toEqual([]);
  });

  it('names a missing required field with its file, line and fix', async () => {
    const [problem] = await problemsFor(good.replace('summary: "What it is about."\n', 'summary: ""\n'));
    expect(problem).toBe('content/posts/a-post.mdx:4: required field `summary` is empty; add `summary: ...` to the frontmatter');
  });

  it('rejects a date that does not parse and an unknown access level', async () => {
    const problems = await problemsFor(good.replace('2026-05-01', '2026-13-45').replace('tags:', 'access: vip\ntags:'));
    expect(problems).toEqual([
      expect.stringMatching(/^content\/posts\/a-post\.mdx:3: `date` "2026-13-45" is not a date/),
      expect.stringMatching(/^content\/posts\/a-post\.mdx:5: unknown access "vip"; use one of public, members, premium/),
    ]);
  });

  it('reports MDX that does not compile with its line', async () => {
    const [problem] = await problemsFor(`${good}\n<Callout>\nnever closed\n`);
    expect(problem).toMatch(/^content\/posts\/a-post\.mdx:1[01]: MDX does not compile/);
  });

  it('reports paywall misuse at the marker line of the file', async () => {
    const [problem] = await problemsFor(`${good}\n<Paywall />\n`);
    expect(problem).toMatch(/^content\/posts\/a-post\.mdx:10: <Paywall \/> in a public post/);
  });

  it('reports a duplicate slug and a slug that is not URL-safe', async () => {
    const problems = await problemsFor(good, 'content/posts/2026/a-post.mdx', [
      { file: 'content/posts/a-post.mdx', source: good },
      { file: 'content/posts/Bad Name.mdx', source: good },
    ]);
    expect(problems).toContainEqual(expect.stringMatching(/duplicate slug "a-post"/));
    expect(problems).toContainEqual(expect.stringMatching(/"Bad Name" is not a URL-safe slug/));
  });
});
