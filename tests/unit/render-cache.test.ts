import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { RenderCache } from '@/scripts/lib/render-cache';

describe('the content step’s render cache', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('renders only the bodies whose code or access changed since the last step, and forgets the rest', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'masthead-render-cache-'));
    const file = path.join(dir, 'render-cache.json');
    const rendered: string[] = [];
    const render = (code: string) => {
      rendered.push(code);
      return { html: `<p>${code}</p>`, bodyHtml: `<div>${code}</div>` };
    };
    const step = async (
      bodies: [string, 'public' | 'members' | 'premium'][],
      renderer = 'components v1',
    ) => {
      rendered.length = 0;
      const cache = await RenderCache.load(file, renderer);
      const results = bodies.map(([code, access]) => cache.wrap(render)(code, access));
      await cache.save(file);
      return results;
    };

    await step([
      ['a', 'public'],
      ['b', 'members'],
    ]);
    expect(rendered).toEqual(['a', 'b']);

    const results = await step([
      ['a', 'public'],
      ['a', 'premium'],
      ['c', 'public'],
    ]);
    expect(rendered).toEqual(['a', 'c']);
    expect(results[0]).toEqual({ html: '<p>a</p>', bodyHtml: '<div>a</div>' });

    // `b` was not in the last step, so it is rendered again.
    await step([['b', 'members']]);
    expect(rendered).toEqual(['b']);

    // New components render every body again.
    await step([['b', 'members']], 'components v2');
    expect(rendered).toEqual(['b']);
    await step([['b', 'members']], 'components v2');
    expect(rendered).toEqual([]);
  });
});
