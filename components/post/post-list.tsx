import Link from 'next/link';

import type { PostMeta } from '@/lib/content/types';

import { PostMetaLine } from './post-meta-line';

export function PostList({ posts, hrefFor = (post) => `/blog/${post.slug}` }: { posts: PostMeta[]; hrefFor?: (post: PostMeta) => string }) {
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-800">
      {posts.map((post) => (
        <li key={post.slug} className="py-6">
          <article>
            <h2 className="font-serif text-2xl font-semibold">
              <Link href={hrefFor(post)} className="hover:underline">
                {post.title}
              </Link>
            </h2>
            <PostMetaLine post={post} />
            <p className="mt-2 text-stone-700 dark:text-stone-300">{post.summary}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}
