import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { PostList } from '@/components/post/post-list';
import { AUTHORS } from '@/lib/config';
import { configuredAuthor, postsBy } from '@/lib/content/authors';
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

export default async function AuthorPage({ params }: Props) {
  const author = configuredAuthor((await params).id);
  if (!author) notFound();
  const posts = postsBy(getPublishedPosts(), author.id);
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-widest text-stone-600 dark:text-stone-400">
        Author
      </p>
      <h1 className="mt-2 font-serif text-4xl font-bold">{author.name}</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        {posts.length === 0
          ? 'No published posts yet.'
          : `${posts.length} ${posts.length === 1 ? 'post' : 'posts'}`}
      </p>
      <PostList posts={posts} />
    </>
  );
}
