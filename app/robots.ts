import type { MetadataRoute } from 'next';

import { DISALLOWED_PATHS } from '@/lib/seo/sitemap';
import { absoluteUrl } from '@/lib/site-url';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: [...DISALLOWED_PATHS] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
