import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { GiftSection } from '@/components/gift/gift-section';
import { PaywallOffer } from '@/components/post/paywall-offer';
import { PostArticle } from '@/components/post/post-article';
import { PostJsonLd } from '@/components/post/post-json-ld';
import { PostNeighbours } from '@/components/post/post-neighbours';
import { maxGiftDays, mayGift, type Offer } from '@/lib/auth/policy';
import { readPost } from '@/lib/auth/readable-posts';
import { PRERENDERED_GATED_POSTS } from '@/lib/config';
import { newestGatedPostSlugs } from '@/lib/content/gated-posts';
import { getPublishedPost, publishedNeighbours } from '@/lib/content/posts';
import { getPublicText } from '@/lib/content/public-text';
import type { PublicPost } from '@/lib/content/types';
import { isReadingClass, READING_CLASSES, readerOfClass } from '@/lib/auth/proxy/readings/classes';
import { readingLock } from '@/lib/auth/proxy/readings/lock';
import { postMetadata } from '@/lib/seo/post-metadata';

type Props = { params: Promise<{ lock: string; slug: string; reading: string }> };

// Rendered by Next.js at build time for the newest gated posts and every class of reader, the
// others on their first request, kept, and regenerated like the public page (a scheduled post opens
// on its date). Rendering every reading ahead made a large archive's build several times longer
// (docs/performance.md). Any address opens here only through the proxy's rewrite, which refuses the
// prefix to every request, and only with its lock: not another lock, slug or class, nor one post's
// lock with another's slug (lib/auth/proxy/readings/lock.ts).
export const revalidate = 60;

export function generateStaticParams() {
  return newestGatedPostSlugs(PRERENDERED_GATED_POSTS).flatMap((slug) =>
    READING_CLASSES.map((reading) => ({ lock: readingLock(slug, reading), slug, reading })),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPublishedPost((await params).slug);
  return post ? postMetadata(post) : {};
}

/**
 * A gated post for one class of signed-in reader (lib/auth/proxy/readings/classes.ts), which the proxy serves
 * at `/blog/<slug>` after checking the reader's session: the whole text with the gift form, or
 * the preview with the upgrade offer.
 */
export default async function GatedReadingPage({ params }: Props) {
  const { lock, slug, reading: readingClass } = await params;
  if (!isReadingClass(readingClass) || lock !== readingLock(slug, readingClass)) notFound();
  const reader = readerOfClass(readingClass);
  const reading = readPost(slug, reader);
  if (reading.kind === 'not-found') notFound();
  const { post } = reading;
  return (
    <>
      <PostJsonLd post={post} />
      {reading.kind === 'full' ? (
        <PostArticle post={post} toc={reading.toc} bodyHtml={reading.bodyHtml} gatedText>
          {mayGift(post.access, reader) ? (
            <GiftSection slug={post.slug} maxDays={maxGiftDays(reader)} />
          ) : null}
        </PostArticle>
      ) : (
        <PreviewArticle post={post} offer={reading.offer} />
      )}
      <PostNeighbours neighbours={publishedNeighbours(slug)} />
    </>
  );
}

/** The public preview with the upgrade offer, for a reader whose class may not read the whole. */
function PreviewArticle({ post, offer }: { post: PublicPost; offer: Offer }) {
  const text = getPublicText(post);
  return (
    <PostArticle post={post} toc={text.toc} bodyHtml={text.bodyHtml}>
      <PaywallOffer offer={offer} slug={post.slug} />
    </PostArticle>
  );
}
