import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';

import { BlogIndex } from '@/components/post/blog-index';
import { pageCount, pageHref, paginate, parsePageParam } from '@/lib/content/pagination';
import { getPublishedAndScheduledPosts, getPublishedPosts } from '@/lib/content/posts';
import { BLOG_PATH } from '@/lib/paths';

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post appears here without a redeploy.
export const revalidate = 60;

type Props = { params: Promise<{ page: string }> };

// Every index page there is or will be is built ahead (page 1 as the redirect to /blog), and no
// other number is rendered or kept; one that only scheduled posts will fill is a 404 until their date.
export const dynamicParams = false;

export function generateStaticParams() {
  const pages = pageCount(getPublishedAndScheduledPosts().length);
  return Array.from({ length: pages }, (_, i) => ({ page: String(i + 1) }));
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
