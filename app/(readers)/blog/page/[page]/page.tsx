import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';

import { BlogIndex } from '@/components/post/blog-index';
import { pageCount, pageHref, paginate, parsePageParam } from '@/lib/content/pagination';
import { getPrerenderedPosts, getPublishedPosts } from '@/lib/content/posts';
import { BLOG_PATH } from '@/lib/paths';

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post appears here without a redeploy.
export const revalidate = 60;

type Props = { params: Promise<{ page: string }> };

// Index pages that list the prerendered posts are built ahead; older ones render on first request.
export function generateStaticParams() {
  const pages = pageCount(getPrerenderedPosts().length);
  return Array.from({ length: pages - 1 }, (_, i) => ({ page: String(i + 2) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page);
  if (page === null) return {};
  return {
    title: `All posts, page ${page}`,
    description: `Posts published on Masthead, newest first: page ${page}.`,
    alternates: { canonical: pageHref(BLOG_PATH, page) },
  };
}

export default async function BlogPage({ params }: Props) {
  const number = parsePageParam((await params).page);
  if (number === 1) permanentRedirect(BLOG_PATH);
  const page = number === null ? null : paginate(getPublishedPosts(), number);
  if (!page) notFound();
  return <BlogIndex page={page} />;
}
