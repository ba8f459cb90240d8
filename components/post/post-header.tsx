import type { PostMeta } from '@/lib/content/types';

import { PostMetaLine } from './post-meta-line';

export function PostHeader({ post }: { post: PostMeta }) {
  return (
    <header className="mb-8">
      <h1 className="font-serif text-4xl font-bold leading-tight text-balance">{post.title}</h1>
      <div className="mt-3">
        <PostMetaLine post={post} />
      </div>
      <p className="mt-4 text-lg text-stone-700 dark:text-stone-300">{post.summary}</p>
    </header>
  );
}
