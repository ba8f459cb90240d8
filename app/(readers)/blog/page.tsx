import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { BlogIndex } from '@/components/post/blog-index';
import { paginate } from '@/lib/content/pagination';
import { getPublishedPosts } from '@/lib/content/posts';
import { BLOG_PATH } from '@/lib/paths';

export const metadata: Metadata = {
  title: 'All posts',
  description: 'Every post published on Masthead, newest first.',
  alternates: { canonical: BLOG_PATH },
};

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post appears here without a redeploy.
export const revalidate = 60;

export default function BlogIndexPage() {
  const page = paginate(getPublishedPosts(), 1);
  if (!page) notFound();
  return <BlogIndex page={page} />;
}
