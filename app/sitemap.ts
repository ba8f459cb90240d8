import type { MetadataRoute } from 'next';

import { getPublishedPosts } from '@/lib/content/posts';
import { sitemapEntries } from '@/lib/seo/sitemap';

// Seconds: a scheduled post appears this long after its date at the latest, without a rebuild.
export const revalidate = 60;

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getPublishedPosts());
}
