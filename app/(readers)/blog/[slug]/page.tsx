import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { MdxContent } from '@/components/mdx/mdx-content';
import { PaywallOffer } from '@/components/post/paywall-offer';
import { PostHeader } from '@/components/post/post-header';
import { PostJsonLd } from '@/components/post/post-json-ld';
import { ANONYMOUS, decide } from '@/lib/access/policy';
import { PRERENDERED_POSTS } from '@/lib/config';
import { getPublishedPost, getPublishedPosts } from '@/lib/content/posts';

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getPublishedPosts().slice(0, PRERENDERED_POSTS).map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPublishedPost((await params).slug);
  if (!post) return {};
  return {
    title: post.title,
    description: post.summary,
    alternates: { canonical: `/blog/${post.slug}` },
    openGraph: { type: 'article', title: post.title, description: post.summary, publishedTime: post.date, tags: post.tags },
  };
}

/**
 * The public page of a post, the same static file for everyone: a gated post shows what an
 * anonymous reader may receive (its preview) and points members to the member area.
 */
export default async function PostPage({ params }: Props) {
  const post = getPublishedPost((await params).slug);
  if (!post) notFound();
  const decision = decide(post.access, ANONYMOUS);
  return (
    <article>
      <PostJsonLd post={post} />
      <PostHeader post={post} />
      {post.publicCode ? <MdxContent code={post.publicCode} /> : null}
      {decision.full ? null : <PaywallOffer offer={decision.offer} slug={post.slug} memberLink />}
    </article>
  );
}
