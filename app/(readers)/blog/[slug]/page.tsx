import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { PaywallOffer } from '@/components/post/paywall-offer';
import { PostArticle } from '@/components/post/post-article';
import { PostJsonLd } from '@/components/post/post-json-ld';
import { PostNeighbours } from '@/components/post/post-neighbours';
import { SubscribeOffer } from '@/components/post/subscribe-offer';
import { ANONYMOUS, decide } from '@/lib/auth/policy';
import {
  getPublishedAndScheduledPosts,
  getPublishedPost,
  publishedNeighbours,
} from '@/lib/content/posts';
import { getPublicText } from '@/lib/content/public-text';
import { postMetadata } from '@/lib/seo/post-metadata';

type Props = { params: Promise<{ slug: string }> };

// Every post that is or will be published is rendered at build time, and no other address is
// rendered or kept; a scheduled post's page is a 404 until its date, then regenerated within
// REVALIDATE_SECONDS (lib/config.ts), without a redeploy.
export const dynamicParams = false;
export const revalidate = 60;

export function generateStaticParams() {
  return getPublishedAndScheduledPosts().map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPublishedPost((await params).slug);
  return post ? postMetadata(post) : {};
}

/**
 * A post as an anonymous reader gets it: the same static file for everyone without a session. A
 * signed-in reader of a gated post never sees this page: the proxy rewrites their request to the
 * rendering of their class (lib/auth/proxy/readings), at this same address.
 */
export default async function PostPage({ params }: Props) {
  const { slug } = await params;
  const post = getPublishedPost(slug);
  if (!post) notFound();
  const decision = decide(post.access, ANONYMOUS);
  const text = getPublicText(post);
  return (
    <>
      <PostJsonLd post={post} />
      <PostArticle post={post} toc={text.toc} bodyHtml={text.bodyHtml}>
        {decision.full ? (
          <SubscribeOffer slug={post.slug} />
        ) : (
          <PaywallOffer offer={decision.offer} slug={post.slug} />
        )}
      </PostArticle>
      <PostNeighbours neighbours={publishedNeighbours(slug)} />
    </>
  );
}
