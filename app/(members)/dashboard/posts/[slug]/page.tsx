import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { GiftSection } from '@/components/gift/gift-section';
import { MdxContent } from '@/components/mdx/mdx-content';
import { PaywallOffer } from '@/components/post/paywall-offer';
import { PostHeader } from '@/components/post/post-header';
import { requireSignedIn } from '@/lib/access/guard';
import { mayGift } from '@/lib/access/policy';
import { readPost } from '@/lib/access/posts';
import { getPublishedPost } from '@/lib/content/posts';
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
          <MdxContent code={reading.code} />
        </div>
      ) : (
        <>
          {post.publicCode ? <MdxContent code={post.publicCode} /> : null}
          <PaywallOffer offer={reading.offer} slug={post.slug} memberLink={false} />
        </>
      )}
      {mayGift(post.access, viewer) ? <GiftSection slug={post.slug} viewer={viewer} /> : null}
    </article>
  );
}
