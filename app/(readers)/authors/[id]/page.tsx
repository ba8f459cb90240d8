import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { AuthorIndex } from '@/components/post/author-index';
import { AUTHORS } from '@/lib/config';
import { authorPage, configuredAuthor } from '@/lib/content/authors';
import { getPublishedPosts } from '@/lib/content/posts';
import { authorHref } from '@/lib/paths';

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post appears here without a redeploy.
export const revalidate = 60;

// One page per configured author, made at build time; any other id is a 404, never a render.
export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return AUTHORS.map(({ id }) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = configuredAuthor((await params).id);
  if (!author) return {};
  return {
    title: author.name,
    description: `Masthead posts by ${author.name}, newest first.`,
    alternates: { canonical: authorHref(author.id) },
  };
}

/** The author's newest LIST_PAGE_SIZE posts; older ones below /authors/<id>/page/<n>. */
export default async function AuthorPage({ params }: Props) {
  const author = configuredAuthor((await params).id);
  const page = author && authorPage(getPublishedPosts(), author.id, 1);
  if (!author || !page) notFound();
  return <AuthorIndex author={author} page={page} />;
}
