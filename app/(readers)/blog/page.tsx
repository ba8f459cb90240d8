import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { BlogIndex } from '@/components/post/blog-index';
import { paginate } from '@/lib/content/pagination';
import { getPublishedPosts } from '@/lib/content/posts';

// Seconds: a scheduled post appears this long after its date at the latest, without a rebuild.
export const revalidate = 60;

export const metadata: Metadata = {
  title: 'All posts',
  description: 'Every post published on Masthead, newest first.',
  alternates: { canonical: '/blog' },
};

export default function BlogIndexPage() {
  const page = paginate(getPublishedPosts(), 1);
  if (!page) notFound();
  return <BlogIndex page={page} />;
}
