import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { getRestrictedText, RESTRICTED_TEXT_DIR } from '@/lib/content/restricted';
import type { RestrictedText } from '@/lib/content/types';
import { writeTextFiles } from '@/scripts/build-content';

const text = (words: string): RestrictedText => ({
  html: `<p>${words}</p>`,
  bodyHtml: `<p>${words}</p>`,
  toc: [],
});

describe('the restricted texts, one file a post', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('are written one file a slug, and a rebuild leaves no file of a post that has none any more', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'masthead-texts-'));
    await writeTextFiles(
      dir,
      new Map([
        ['kept-post', text('Kept.')],
        ['removed-post', text('Removed.')],
      ]),
    );
    expect((await readdir(dir)).sort()).toEqual(['kept-post.json', 'removed-post.json']);
    await writeTextFiles(dir, new Map([['kept-post', text('Kept, edited.')]]));
    expect(await readdir(dir)).toEqual(['kept-post.json']);
    expect(JSON.parse(await readFile(path.join(dir, 'kept-post.json'), 'utf8'))).toEqual(
      text('Kept, edited.'),
    );
  });

  it("are read from the gated post's own file, with what lies below its paywall", () => {
    const reading = getRestrictedText('pricing-a-membership-tier');
    expect(reading?.bodyHtml).toContain('Decide what each tier is for');
    expect(reading?.html).toContain('one sentence per tier describing the reader it serves');
  });

  it('open a file named by a slug of the index only, never by the value asked for', () => {
    const elsewhere = '../public-text/static-first-publishing';
    expect(existsSync(path.join(RESTRICTED_TEXT_DIR, `${elsewhere}.json`))).toBe(true);
    expect(getRestrictedText(elsewhere)).toBeUndefined();
    expect(getRestrictedText('static-first-publishing')).toBeUndefined();
    expect(getRestrictedText('no-such-post')).toBeUndefined();
  });
});
