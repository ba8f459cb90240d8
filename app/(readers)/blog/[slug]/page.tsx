import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { PaywallOffer } from '@/components/post/paywall-offer';
import { PostBody } from '@/components/post/post-body';
import { PostHeader } from '@/components/post/post-header';
import { PostJsonLd } from '@/components/post/post-json-ld';
import { PostNeighbours } from '@/components/post/post-neighbours';
import { TableOfContents } from '@/components/post/table-of-contents';
import { TagList } from '@/components/post/tag-list';
import { ANONYMOUS, decide } from '@/lib/access/policy';
import { neighboursOf } from '@/lib/content/neighbours';
import { getPrerenderedPosts, getPublishedPost, getPublishedPosts } from '@/lib/content/posts';
import { authorName } from '@/lib/format';
import { postHref } from '@/lib/paths';

type Props = { params: Promise<{ slug: string }> };

// Only posts published at build time are prerendered; a scheduled post's page is generated on
// its first request once its date has come (getPublishedPost asks at request time), and a 404
// served before then is regenerated after REVALIDATE_SECONDS (lib/config.ts).
export const dynamicParams = true;
export const revalidate = 60;

export function generateStaticParams() {
  return getPrerenderedPosts().map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPublishedPost((await params).slug);
  if (!post) return {};
  return {
    title: post.title,
    description: post.summary,
    authors: post.authors.map((id) => ({ name: authorName(id) })),
    alternates: { canonical: postHref(post.slug) },
    openGraph: {
      type: 'article',
      title: post.title,
      description: post.summary,
      url: postHref(post.slug),
      publishedTime: post.date,
      ...(post.updated ? { modifiedTime: post.updated } : {}),
      tags: post.tags,
    },
    twitter: { card: 'summary_large_image', title: post.title, description: post.summary },
  };
}

/**
 * The public page of a post, the same static file for everyone: a gated post shows what an
 * anonymous reader may receive (its preview) and points members to the member area.
 */
export default async function PostPage({ params }: Props) {
  const { slug } = await params;
  const post = getPublishedPost(slug);
  if (!post) notFound();
  const decision = decide(post.access, ANONYMOUS);
  return (
    <>
      <article>
        <PostJsonLd post={post} />
        <PostHeader post={post} />
        <TableOfContents entries={post.toc} />
        {post.publicBodyHtml ? <PostBody html={post.publicBodyHtml} /> : null}
        {decision.full ? null : <PaywallOffer offer={decision.offer} slug={post.slug} memberLink />}
        <footer className="mt-10">
          <TagList tags={post.tags} />
        </footer>
      </article>
      <PostNeighbours neighbours={neighboursOf(getPublishedPosts(), slug)} />
    </>
  );
}
