import { OG_SIZE, shareCard } from '@/components/og/share-card';
import { REVALIDATE_SECONDS } from '@/lib/config';
import { ACCESS_LABELS } from '@/lib/content/access-labels';
import { getPublishedAndScheduledPosts, getPublishedPost } from '@/lib/content/posts';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'The post’s title and summary on the Masthead card';

/**
 * A card for every post that is or will be published, and no other address drawn or kept; a
 * scheduled post's 404, kept from the build, is drawn again within REVALIDATE_SECONDS of its date.
 */
export const dynamicParams = false;
export const revalidate = 60;

export function generateStaticParams(): { slug: string }[] {
  return getPublishedAndScheduledPosts().map((post) => ({ slug: post.slug }));
}

/**
 * Next sends a share image's 404 with the card's own `s-maxage=31536000`: a CDN would keep a
 * scheduled post's missing card for a year after the post went live. This one expires like a page.
 */
function notFoundCard(): Response {
  return new Response('Not Found', {
    status: 404,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': `public, max-age=0, s-maxage=${REVALIDATE_SECONDS}`,
    },
  });
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const post = getPublishedPost((await params).slug);
  if (!post) return notFoundCard();
  return shareCard({
    title: post.title,
    summary: post.summary,
    label: post.access === 'public' ? undefined : ACCESS_LABELS[post.access].label,
  });
}
