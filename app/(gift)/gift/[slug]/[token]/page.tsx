import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { GiftBanner, GiftOffer, GiftRefused } from '@/components/gift/gift-notices';
import { PaywallOffer } from '@/components/post/paywall-offer';
import { PostArticle } from '@/components/post/post-article';
import { getPublishedPost } from '@/lib/content/posts';
import { getPublicText } from '@/lib/content/public-text';
import { openGift } from '@/lib/auth/gift/gifts';
import { postHref } from '@/lib/paths';

type Props = { params: Promise<{ slug: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPublishedPost((await params).slug);
  return {
    title: post?.title,
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
    ...(post ? { alternates: { canonical: postHref(post.slug) } } : {}),
  };
}

/**
 * A post opened with a gift link: in full while the link is good, else its public preview and
 * the offer. The proxy gives every answer here `no-store`, `noindex` and `no-referrer`.
 */
export default async function GiftPage({ params }: Props) {
  const { slug, token } = await params;
  const reading = openGift(slug, token);
  if (reading.kind === 'not-found') notFound();
  const { post } = reading;
  if (reading.kind === 'refused') {
    const text = getPublicText(post);
    return (
      <PostArticle post={post} toc={text.toc} bodyHtml={text.bodyHtml}>
        <GiftRefused />
        <PaywallOffer offer={reading.offer} slug={post.slug} />
      </PostArticle>
    );
  }
  return (
    <PostArticle
      post={post}
      toc={reading.toc}
      bodyHtml={reading.bodyHtml}
      gatedText
      notice={<GiftBanner expiresAt={reading.gift.expiresAt} />}
    >
      <GiftOffer offer={reading.offer} />
    </PostArticle>
  );
}
