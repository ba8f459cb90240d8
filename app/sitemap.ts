import type { MetadataRoute } from 'next';

import { getPublishedPosts } from '@/lib/content/posts';
import { sitemapEntries } from '@/lib/seo/sitemap';

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post appears here without a redeploy.
export const revalidate = 60;

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getPublishedPosts());
}
