import type { PostMeta } from '@/lib/content/types';
import { postHref } from '@/lib/paths';

import { PostMetaLine } from './post-meta-line';
import { PostTitleLink } from './post-title-link';

export function PostList({
  posts,
  headingLevel = 2,
  hrefFor = (post) => postHref(post.slug),
}: {
  posts: PostMeta[];
  headingLevel?: 2 | 3;
  hrefFor?: (post: PostMeta) => string;
}) {
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-800">
      {posts.map((post) => (
        <li key={post.slug} className="py-6">
          <article>
            <PostTitleLink
              as={headingLevel === 2 ? 'h2' : 'h3'}
              href={hrefFor(post)}
              title={post.title}
              className="font-serif text-2xl font-semibold"
            />
            <PostMetaLine post={post} />
            <p className="mt-2 text-stone-700 dark:text-stone-300">{post.summary}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}
