import { notFound } from 'next/navigation';

import { OG_SIZE, shareCard } from '@/components/og/share-card';
import { getPublishedPost } from '@/lib/content/posts';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'The post’s title and summary on the Masthead card';

/**
 * None at build time: each card is drawn on its first request, then kept and served like a
 * prerendered file. Drawing two cards per post took most of a large build's prerendering.
 */
export function generateStaticParams(): { slug: string }[] {
  return [];
}

const accessLabel = { public: undefined, members: 'Members', premium: 'Premium' } as const;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const post = getPublishedPost((await params).slug);
  if (!post) notFound();
  return shareCard({ title: post.title, summary: post.summary, label: accessLabel[post.access] });
}
