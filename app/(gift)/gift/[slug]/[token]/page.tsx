import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { GiftBanner, GiftOffer, GiftRefused } from '@/components/gift/gift-notices';
import { PaywallOffer } from '@/components/post/paywall-offer';
import { PostBody } from '@/components/post/post-body';
import { PostHeader } from '@/components/post/post-header';
import { getPublishedPost } from '@/lib/content/posts';
import { openGift } from '@/lib/gift/gifts';
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
    return (
      <article>
        <PostHeader post={post} />
        {post.publicBodyHtml ? <PostBody html={post.publicBodyHtml} /> : null}
        <GiftRefused />
        <PaywallOffer offer={reading.offer} slug={post.slug} memberLink />
      </article>
    );
  }
  return (
    <article>
      <PostHeader post={post} />
      <GiftBanner expiresAt={reading.gift.expiresAt} />
      <div className="paywalled">
        <PostBody html={reading.bodyHtml} />
      </div>
      <GiftOffer offer={reading.offer} />
    </article>
  );
}
