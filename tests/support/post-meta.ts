import type { PostMeta } from '@/lib/content/types';

/** A published public post's metadata, dated 2026-06-01, with whatever a test sets over it. */
export function postMeta(slug: string, over: Partial<PostMeta> = {}): PostMeta {
  return {
    slug,
    title: slug,
    date: '2026-06-01T00:00:00.000Z',
    updated: null,
    summary: 'S',
    tags: [],
    access: 'public',
    draft: false,
    authors: [],
    image: null,
    readingMinutes: 1,
    ...over,
  };
}
