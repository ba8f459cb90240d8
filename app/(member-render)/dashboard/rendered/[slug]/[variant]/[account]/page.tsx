import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';

import { GiftSection } from '@/components/gift/gift-section';
import { PaywallOffer } from '@/components/post/paywall-offer';
import { PostBody } from '@/components/post/post-body';
import { PostHeader } from '@/components/post/post-header';
import { TableOfContents } from '@/components/post/table-of-contents';
import { mayGift } from '@/lib/access/policy';
import { readPost } from '@/lib/access/posts';
import { getPublishedPost } from '@/lib/content/posts';
import { isAccountControl } from '@/lib/member-page/account';
import { carriesRenderSecret } from '@/lib/member-page/render-secret';
import { isMemberPageVariant, viewerOfVariant } from '@/lib/member-page/variant';

type Props = { params: Promise<{ slug: string; variant: string; account: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPublishedPost((await params).slug);
  return { title: post?.title, robots: { index: false } };
}

/**
 * A member post page for one class of readers (lib/member-page/variant.ts). Only this server asks
 * for it, with its own key: the proxy refuses this path to anyone else, and so does the page.
 * The member post route checks each reader's session and serves them the page of their class.
 */
export default async function RenderedMemberPostPage({ params }: Props) {
  const { slug, variant, account } = await params;
  if (!carriesRenderSecret(await headers()) || !isMemberPageVariant(variant) || !isAccountControl(account)) notFound();
  const viewer = viewerOfVariant(variant);
  const reading = readPost(slug, viewer);
  if (reading.kind === 'not-found') notFound();
  const { post } = reading;
  return (
    <article>
      <PostHeader post={post} />
      <TableOfContents entries={reading.kind === 'full' ? reading.toc : post.toc} />
      {reading.kind === 'full' ? (
        <div className="paywalled">
          <PostBody html={reading.bodyHtml} />
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
