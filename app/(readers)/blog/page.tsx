import type { Metadata } from 'next';

import { PostList } from '@/components/post/post-list';
import { getPublishedPosts } from '@/lib/content/posts';

export const metadata: Metadata = {
  title: 'All posts',
  description: 'Every post published on Masthead, newest first.',
  alternates: { canonical: '/blog' },
};

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post appears here without a redeploy.
export const revalidate = 60;

export default function BlogIndexPage() {
  const posts = getPublishedPosts();
  return (
    <>
      <h1 className="font-serif text-4xl font-bold tracking-tight">All posts</h1>
      <PostList posts={posts} />
    </>
  );
}
