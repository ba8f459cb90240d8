import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';

import { AuthorIndex } from '@/components/post/author-index';
import { authorPage, authorPageNumbers, configuredAuthor } from '@/lib/content/authors';
import { pageHref, parsePageParam } from '@/lib/content/pagination';
import { getPublishedAndScheduledPosts, getPublishedPosts } from '@/lib/content/posts';
import { authorHref } from '@/lib/paths';

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post appears here without a redeploy.
export const revalidate = 60;

type Props = { params: Promise<{ id: string; page: string }> };

// As the tag pages: every page of every configured author's list there is or will be is built
// ahead (page 1 as the redirect to the author page), and no other is rendered or kept; one that
// only scheduled posts will fill is a 404 until their date.
export const dynamicParams = false;

export function generateStaticParams() {
  return authorPageNumbers(getPublishedAndScheduledPosts()).map(({ id, page }) => ({
    id,
    page: String(page),
  }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, page: raw } = await params;
  const author = configuredAuthor(id);
  const page = parsePageParam(raw);
  if (!author || page === null) return {};
  return {
    title: `${author.name}, page ${page}`,
    description: `Masthead posts by ${author.name}, newest first: page ${page}.`,
    alternates: { canonical: pageHref(authorHref(author.id), page) },
  };
}

export default async function AuthorLaterPage({ params }: Props) {
  const { id, page: raw } = await params;
  const author = configuredAuthor(id);
  if (!author) notFound();
  const number = parsePageParam(raw);
  if (number === 1) permanentRedirect(authorHref(author.id));
  const page = number === null ? null : authorPage(getPublishedPosts(), author.id, number);
  if (!page) notFound();
  return <AuthorIndex author={author} page={page} />;
}
