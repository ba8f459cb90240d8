import 'server-only';

import { ANONYMOUS, decide } from '@/lib/auth/policy';
import { ACCESS_LABELS } from '@/lib/content/access-labels';
import type { PostWithPublicHtml, PublicPost } from '@/lib/content/types';
import { authorName } from '@/lib/format';
import { postHref } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site-url';

import { withAbsoluteUrls } from './absolute-urls';

/** Feeds carry the newest posts only; the sitemap and the blog index list them all. */
export const FEED_LIMIT = 20;

export interface FeedEntry {
  url: string;
  title: string;
  summary: string;
  date: string;
  updated: string | null;
  tags: string[];
  authors: string[];
  /** The full text of a public post; the summary and a link for a gated one. */
  html: string;
  gated: boolean;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** One post as a feed entry, with the text this feed may carry of it and every address in it absolute. */
export function entryOf(post: PublicPost, url: string, html: string, gated: boolean): FeedEntry {
  return {
    url,
    title: post.title,
    summary: post.summary,
    date: post.date,
    updated: post.updated,
    tags: post.tags,
    authors: post.authors.map(authorName),
    html: withAbsoluteUrls(html, url),
    gated,
  };
}

/**
 * What a feed reader may receive of each post. A feed is fetched by anyone, so it gets exactly
 * what an anonymous reader may read: the policy decides, never the feed.
 */
export function feedEntries(posts: PostWithPublicHtml[]): FeedEntry[] {
  return posts.slice(0, FEED_LIMIT).map((post) => {
    const url = absoluteUrl(postHref(post.slug));
    const fullText = decide(post.access, ANONYMOUS).full ? post.publicHtml : null;
    const teaser = `<p>${escapeHtml(post.summary)}</p>\n<p><a href="${escapeHtml(url)}">Read this ${ACCESS_LABELS[post.access].post} on the site</a></p>`;
    return entryOf(post, url, fullText ?? teaser, fullText === null);
  });
}
