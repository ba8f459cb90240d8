import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { TagIndex } from '@/components/post/tag-index';
import { getPublishedAndScheduledPosts, getPublishedPosts } from '@/lib/content/posts';
import { tagCounts, tagLabel, tagPage } from '@/lib/content/tags';
import { tagHref } from '@/lib/paths';

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post appears here without a redeploy.
export const revalidate = 60;
// Every tag there is or will be is built ahead, and no other is rendered or kept.
export const dynamicParams = false;

type Props = { params: Promise<{ tag: string }> };

export function generateStaticParams() {
  return tagCounts(getPublishedAndScheduledPosts()).map(({ tag }) => ({ tag }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await params;
  return {
    title: `Posts tagged “${tagLabel(tag)}”`,
    description: `Masthead posts about ${tagLabel(tag)}, newest first.`,
    alternates: { canonical: tagHref(tag) },
  };
}

/** The newest LIST_PAGE_SIZE posts of the tag; older ones below /tags/<tag>/page/<n>. */
export default async function TagIndexPage({ params }: Props) {
  const { tag } = await params;
  const page = tagPage(getPublishedPosts(), tag, 1);
  if (!page) notFound();
  return <TagIndex tag={tag} page={page} />;
}
