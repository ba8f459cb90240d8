import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { PostList } from '@/components/post/post-list';
import { getPublishedAndScheduledPosts, getPublishedPosts } from '@/lib/content/posts';
import { postsWithTag, tagCounts, tagLabel } from '@/lib/content/tags';
import { tagHref, TAGS_PATH } from '@/lib/paths';

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

export default async function TagPage({ params }: Props) {
  const { tag } = await params;
  const posts = postsWithTag(getPublishedPosts(), tag);
  if (posts.length === 0) notFound();
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-widest text-stone-600 dark:text-stone-400">
        <a href={TAGS_PATH} className="hover:underline">
          Tags
        </a>
      </p>
      <h1 className="mt-2 font-serif text-4xl font-bold">Posts tagged “{tagLabel(tag)}”</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        {posts.length} {posts.length === 1 ? 'post' : 'posts'}
      </p>
      <PostList posts={posts} />
    </>
  );
}
