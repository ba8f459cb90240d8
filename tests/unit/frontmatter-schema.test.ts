import { describe, expect, it } from 'vitest';

import { contentlayerFields } from '@/lib/content/contentlayer-fields';
import { frontmatterBlock, parsePostFile } from '@/lib/content/frontmatter';
import { type FrontmatterInput, readFrontmatter, storedFrontmatter } from '@/lib/content/schema';

describe('the frontmatter schema', () => {
  it('gives contentlayer2 its field list: required fields required, defaults as defaults, dates as dates', () => {
    expect(contentlayerFields()).toEqual({
      title: { type: 'string', required: true },
      date: { type: 'date', required: true },
      summary: { type: 'string', required: true },
      tags: { type: 'list', of: { type: 'string' }, default: [] },
      access: { type: 'enum', options: ['public', 'members', 'premium'], default: 'public' },
      draft: { type: 'boolean', default: false },
      authors: { type: 'list', of: { type: 'string' }, default: [] },
      image: { type: 'string', required: false },
      updated: { type: 'date', required: false },
    });
  });

  it('fills in the defaults, and gives no two posts the same list', () => {
    const first = readFrontmatter({ title: 'A', date: '2026-05-01', summary: 'S' }).frontmatter;
    const second = readFrontmatter({ title: 'B', date: '2026-05-01', summary: 'S' }).frontmatter;
    expect(first).toEqual({
      title: 'A',
      date: '2026-05-01',
      summary: 'S',
      tags: [],
      access: 'public',
      draft: false,
      authors: [],
    });
    expect(first?.tags).not.toBe(second?.tags);
  });

  it('reports one problem per field, the first', () => {
    const { problems } = readFrontmatter({
      title: 'A',
      date: '2026-05-01',
      summary: 'S',
      tags: ['Bad Tag', 3],
    });
    expect(problems).toEqual([
      {
        field: 'tags',
        message: '`tags` must be a list of lowercase words joined by hyphens',
        fix: 'write e.g. `tags: [performance, static-sites]`',
      },
    ]);
  });

  it('writes frontmatter that reads back as written, whatever the title holds', () => {
    const fields: FrontmatterInput = {
      title:
        'Colons: "quotes", # hashes, and a very long title that goes well past the eighty characters a YAML line folds at',
      date: '2026-05-01',
      summary: 'yes',
      tags: ['static-sites'],
      access: 'members',
    };
    const { data } = parsePostFile(`${frontmatterBlock(fields)}\nBody.\n`);
    expect(data).toEqual(fields);
    expect(readFrontmatter(data).problems).toEqual([]);
  });

  it("keeps only the schema's fields for the indexes, null for one left out", () => {
    const generated = {
      title: 'A',
      date: '2026-05-01T00:00:00.000Z',
      summary: 'S',
      tags: [],
      access: 'public' as const,
      draft: false,
      authors: [],
      _id: 'a.mdx',
    };
    const stored = storedFrontmatter(generated);
    expect(stored).not.toHaveProperty('_id');
    expect(stored).toStrictEqual({
      title: 'A',
      date: '2026-05-01T00:00:00.000Z',
      summary: 'S',
      tags: [],
      access: 'public',
      draft: false,
      authors: [],
      image: null,
      updated: null,
    });
  });
});
