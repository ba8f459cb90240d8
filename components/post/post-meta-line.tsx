import type { PostMeta } from '@/lib/content/types';
import { authorName, formatDate } from '@/lib/format';

import { AccessBadge } from './access-badge';

/** Date, reading time, authors and the access badge of a post, in lists, on its page and in search results. */
export function PostMetaLine({ post }: { post: Pick<PostMeta, 'date' | 'readingMinutes' | 'authors' | 'access'> }) {
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
      <time dateTime={post.date}>{formatDate(post.date)}</time>
      <span aria-hidden="true">·</span>
      <span>{post.readingMinutes} min read</span>
      {post.authors.length > 0 ? (
        <>
          <span aria-hidden="true">·</span>
          <span>{post.authors.map(authorName).join(', ')}</span>
        </>
      ) : null}
      <AccessBadge access={post.access} />
    </p>
  );
}
