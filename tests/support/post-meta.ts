import * as v from 'valibot';

import { FrontmatterSchema, storedFrontmatter } from '@/lib/content/schema';
import type { PostMeta } from '@/lib/content/types';

/** A published public post's metadata, dated 2026-06-01: the schema's defaults, with whatever a test sets over it. */
export function postMeta(slug: string, over: Partial<PostMeta> = {}): PostMeta {
  const frontmatter = v.parse(FrontmatterSchema, {
    title: slug,
    date: '2026-06-01T00:00:00.000Z',
    summary: 'S',
  });
  return { slug, ...storedFrontmatter(frontmatter), readingMinutes: 1, ...over };
}
