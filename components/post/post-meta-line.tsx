import { Fragment } from 'react';

import { configuredAuthor } from '@/lib/content/authors';
import type { PostMeta } from '@/lib/content/types';
import { authorName, formatDate } from '@/lib/format';
import { authorHref } from '@/lib/paths';

import { AccessBadge } from './access-badge';

/** An author's name, linked to their page when they have one (the configured authors). */
function Byline({ id }: { id: string }) {
  return configuredAuthor(id) ? (
    <a href={authorHref(id)} className="hover:underline">
      {authorName(id)}
    </a>
  ) : (
    authorName(id)
  );
}

/**
 * Date, reading time, authors and access badge of a post, in lists, on its page and in search
 * results. Each item after the first carries its own "·" (globals.css, `.meta-line`), and the one
 * that starts a wrapped line has it clipped away, so a line never ends or begins with a stray
 * separator.
 */
export function PostMetaLine({
  post,
}: {
  post: Pick<PostMeta, 'date' | 'readingMinutes' | 'authors' | 'access'>;
}) {
  return (
    <div className="meta-line text-sm text-stone-600 dark:text-stone-400">
      <p>
        <time dateTime={post.date}>{formatDate(post.date)}</time>
        <span>{post.readingMinutes} min read</span>
        {post.authors.length > 0 ? (
          <span>
            {post.authors.map((id, index) => (
              <Fragment key={id}>
                {index > 0 ? ', ' : null}
                <Byline id={id} />
              </Fragment>
            ))}
          </span>
        ) : null}
        {post.access === 'public' ? null : (
          <span className="meta-line-badge">
            <AccessBadge access={post.access} />
          </span>
        )}
      </p>
    </div>
  );
}
