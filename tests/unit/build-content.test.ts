import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

import { buildContent } from '@/scripts/build-content';
import { buildWithContentlayer, ContentlayerFailed } from '@/scripts/lib/contentlayer';

const post = `---
title: "A post"
date: 2026-05-01
summary: "What it is about."
---

Body text.
`;

/** What contentlayer2 printed for a post saved as .md, cut short. */
const RAW =
  "Error: Found 1 problems in 2 documents.\n └── Couldn't determine the document type for 1 documents.\n";

describe('npm run content', () => {
  let root: string | undefined;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  function printed() {
    const lines: string[] = [];
    const keep = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
    vi.spyOn(console, 'error').mockImplementation(keep);
    vi.spyOn(console, 'log').mockImplementation(keep);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    return lines;
  }

  it("fails on a post saved as .md with the check's message, not contentlayer2's, even when contentlayer2 fails first", async () => {
    root = await mkdtemp(path.join(tmpdir(), 'masthead-content-'));
    await mkdir(path.join(root, 'content', 'posts'), { recursive: true });
    await writeFile(path.join(root, 'content', 'posts', 'a-post.mdx'), post);
    await writeFile(path.join(root, 'content', 'posts', 'b-post.md'), post);
    const lines = printed();

    const ok = await buildContent({
      root,
      contentlayer: () => Promise.reject(new ContentlayerFailed(RAW)),
    });

    expect(ok).toBe(false);
    expect(lines).toContain(
      'content/posts/b-post.md: not a post: only .mdx files are built; rename it to b-post.mdx',
    );
    expect(lines).toContain('content: fix the errors above; nothing was built.');
    expect(lines.join('\n')).not.toMatch(
      /Couldn't determine the document type|contentlayer2 build failed/,
    );
  });

  it("shows contentlayer2's output when the check passes and contentlayer2 fails all the same", async () => {
    root = await mkdtemp(path.join(tmpdir(), 'masthead-content-'));
    await mkdir(path.join(root, 'content', 'posts'), { recursive: true });
    await mkdir(path.join(root, 'public'));
    await writeFile(path.join(root, 'content', 'posts', 'a-post.mdx'), post);
    const lines = printed();

    const ok = await buildContent({
      root,
      contentlayer: () => Promise.reject(new ContentlayerFailed(RAW)),
    });

    expect(ok).toBe(false);
    expect(lines).toEqual(
      expect.arrayContaining([RAW, 'content: contentlayer2 build failed: see its output above']),
    );
  });

  it('refuses at once to build a project other than its own, where contentlayer2 would spin without an error', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'masthead-content-'));
    await expect(buildWithContentlayer(root, new AbortController().signal)).rejects.toThrow(
      `contentlayer2 builds the project it runs in: run ${root}'s own content step from ${root}`,
    );
  });
});
