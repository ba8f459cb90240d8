import { describe, expect, it } from 'vitest';

import type { Problem } from '@/lib/content/check';
import { buildEditorialIndex, isUnreleased } from '@/lib/content/editorial-index';
import type { PostMeta } from '@/lib/content/types';

import { postMeta } from '../support/post-meta';

const meta = (slug: string, over: Partial<PostMeta> = {}) => ({
  ...postMeta(slug, over),
  file: `content/posts/${slug}.mdx`,
});

describe("the editors' index", () => {
  const now = new Date('2026-07-01T00:00:00Z');

  it('holds drafts and future-dated posts, soonest first, and no published post', () => {
    const index = buildEditorialIndex(
      [
        meta('published'),
        meta('later', { date: '2026-09-01T00:00:00.000Z', access: 'premium' }),
        meta('sooner', { date: '2026-08-01T00:00:00.000Z' }),
        meta('old-draft', { draft: true, date: '2026-01-01T00:00:00.000Z' }),
      ],
      [],
      now,
    );
    expect(index.map((entry) => entry.slug)).toEqual(['old-draft', 'sooner', 'later']);
    expect(index[2]).toMatchObject({ access: 'premium', problems: [] });
  });

  it('attaches to each post the problems the content check found in its file', () => {
    const problems: Problem[] = [
      {
        file: 'content/posts/a-draft.mdx',
        line: 3,
        severity: 'warning',
        message: 'the summary has 250 characters',
        fix: 'keep it short',
      },
      {
        file: 'content/posts/published.mdx',
        severity: 'warning',
        message: 'elsewhere',
        fix: 'n/a',
      },
    ];
    const [entry] = buildEditorialIndex(
      [meta('a-draft', { draft: true }), meta('published')],
      problems,
      now,
    );
    expect(entry?.problems).toEqual([
      {
        line: 3,
        severity: 'warning',
        message: 'the summary has 250 characters',
        fix: 'keep it short',
      },
    ]);
  });

  it('lets a scheduled post go once its date has come', () => {
    const post = meta('x', { date: '2026-07-01T09:00:00.000Z' });
    expect(isUnreleased(post, new Date('2026-07-01T08:59:59Z'))).toBe(true);
    expect(isUnreleased(post, new Date('2026-07-01T09:00:00Z'))).toBe(false);
    expect(isUnreleased({ ...post, draft: true }, new Date('2030-01-01T00:00:00Z'))).toBe(true);
  });
});
