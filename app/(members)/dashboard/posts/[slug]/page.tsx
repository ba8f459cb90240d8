import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { GiftSection } from '@/components/gift/gift-section';
import { PaywallOffer } from '@/components/post/paywall-offer';
import { PostBody } from '@/components/post/post-body';
import { PostHeader } from '@/components/post/post-header';
import { requireSignedIn } from '@/lib/access/guard';
import { mayGift } from '@/lib/access/policy';
import { readPost } from '@/lib/access/posts';
import { getPublishedPost } from '@/lib/content/posts';
import { fullBodyHtml } from '@/lib/content/restricted';
import { memberPostHref } from '@/lib/paths';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPublishedPost((await params).slug);
  return { title: post?.title, robots: { index: false } };
}

export default async function MemberPostPage({ params }: Props) {
  const { slug } = await params;
  const viewer = await requireSignedIn(memberPostHref(slug));
  const reading = readPost(slug, viewer);
  if (reading.kind === 'not-found') notFound();
  const { post } = reading;
  return (
    <article>
      <PostHeader post={post} />
      {reading.kind === 'full' ? (
        <div className="paywalled">
          <PostBody html={fullBodyHtml(post)} />
        </div>
      ) : (
        <>
          {post.publicBodyHtml ? <PostBody html={post.publicBodyHtml} /> : null}
          <PaywallOffer offer={reading.offer} slug={post.slug} memberLink={false} />
        </>
      )}
      {mayGift(post.access, viewer) ? <GiftSection slug={post.slug} viewer={viewer} /> : null}
    </article>
  );
}
