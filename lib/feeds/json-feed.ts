import 'server-only';

import { site } from '@/lib/config';
import { JSON_FEED_PATH } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site-url';

import type { FeedEntry } from './entries';

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  date_published: string;
  date_modified?: string;
  tags: string[];
  authors: { name: string }[];
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: JsonFeedItem[];
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function renderJsonFeed(entries: FeedEntry[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.name,
    home_page_url: absoluteUrl('/'),
    feed_url: absoluteUrl(JSON_FEED_PATH),
    description: site.description,
    language: site.locale,
    items: entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      content_html: entry.html,
      date_published: entry.date,
      ...(entry.updated ? { date_modified: entry.updated } : {}),
      tags: entry.tags,
      authors: entry.authors.map((name) => ({ name })),
    })),
  };
}
