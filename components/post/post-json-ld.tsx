import type { PostMeta } from '@/lib/content/types';
import { site } from '@/lib/config';
import { authorName } from '@/lib/format';
import { postHref } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site-url';

/**
 * BlogPosting structured data. A gated post says it is not free and names the part that is
 * (Google's paywalled-content markup), so that search engines do not take the paywall for cloaking.
 */
export function PostJsonLd({ post }: { post: PostMeta }) {
  const gated = post.access !== 'public';
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.summary,
    datePublished: post.date,
    dateModified: post.updated ?? post.date,
    url: absoluteUrl(postHref(post.slug)),
    mainEntityOfPage: absoluteUrl(postHref(post.slug)),
    keywords: post.tags.join(', '),
    author: post.authors.map((id) => ({ '@type': 'Person', name: authorName(id) })),
    publisher: { '@type': 'Organization', name: site.name },
    isAccessibleForFree: !gated,
    ...(gated
      ? {
          hasPart: {
            '@type': 'WebPageElement',
            isAccessibleForFree: false,
            cssSelector: '.paywalled',
          },
        }
      : {}),
  };
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  );
}
