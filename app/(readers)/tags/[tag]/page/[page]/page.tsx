import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';

import { TagIndex } from '@/components/post/tag-index';
import { pageHref, parsePageParam } from '@/lib/content/pagination';
import { getPublishedAndScheduledPosts, getPublishedPosts } from '@/lib/content/posts';
import { tagLabel, tagPage, tagPageNumbers } from '@/lib/content/tags';
import { tagHref } from '@/lib/paths';

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post appears here without a redeploy.
export const revalidate = 60;

type Props = { params: Promise<{ tag: string; page: string }> };

// As the blog index's pages: every page of every tag there is or will be is built ahead (page 1
// as the redirect to the tag page), and no other is rendered or kept; one that only scheduled
// posts will fill is a 404 until their date.
export const dynamicParams = false;

export function generateStaticParams() {
  return tagPageNumbers(getPublishedAndScheduledPosts()).map(({ tag, page }) => ({
    tag,
    page: String(page),
  }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page: raw } = await params;
  const page = parsePageParam(raw);
  if (page === null) return {};
  return {
    title: `Posts tagged “${tagLabel(tag)}”, page ${page}`,
    description: `Masthead posts about ${tagLabel(tag)}, newest first: page ${page}.`,
    alternates: { canonical: pageHref(tagHref(tag), page) },
  };
}

export default async function TagIndexLaterPage({ params }: Props) {
  const { tag, page: raw } = await params;
  const number = parsePageParam(raw);
  if (number === 1) permanentRedirect(tagHref(tag));
  const page = number === null ? null : tagPage(getPublishedPosts(), tag, number);
  if (!page) notFound();
  return <TagIndex tag={tag} page={page} />;
}
