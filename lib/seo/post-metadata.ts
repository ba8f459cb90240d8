import type { Metadata } from 'next';

import type { PostMeta } from '@/lib/content/types';
import { authorName } from '@/lib/format';
import { postHref } from '@/lib/paths';

/** A post's metadata, the same whichever rendering of its one address a reader gets. */
export function postMetadata(post: PostMeta): Metadata {
  return {
    title: post.title,
    description: post.summary,
    authors: post.authors.map((id) => ({ name: authorName(id) })),
    alternates: { canonical: postHref(post.slug) },
    openGraph: {
      type: 'article',
      title: post.title,
      description: post.summary,
      url: postHref(post.slug),
      publishedTime: post.date,
      ...(post.updated ? { modifiedTime: post.updated } : {}),
      tags: post.tags,
    },
    twitter: { card: 'summary_large_image', title: post.title, description: post.summary },
  };
}
