import 'server-only';

import { site } from '@/lib/config';
import { absoluteUrl } from '@/lib/site-url';

import type { FeedEntry } from './entries';

/** What an RSS item carries: a feed entry, whoever may receive its text. */
export type RssItem = Omit<FeedEntry, 'gated'>;

export interface RssChannel {
  /** The feed's own address on this site, for `atom:link rel="self"`. */
  selfPath: string;
  /** The site's name unless a feed names itself otherwise. */
  title?: string;
  items: RssItem[];
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

/** The full text in a CDATA section; a `]]>` inside it is split so it cannot end the section early. */
function cdata(html: string): string {
  return `<![CDATA[${html.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

function item(entry: RssItem): string {
  return [
    '    <item>',
    `      <title>${escapeXml(entry.title)}</title>`,
    `      <link>${escapeXml(entry.url)}</link>`,
    `      <guid isPermaLink="true">${escapeXml(entry.url)}</guid>`,
    `      <pubDate>${new Date(entry.date).toUTCString()}</pubDate>`,
    `      <description>${escapeXml(entry.summary)}</description>`,
    `      <content:encoded>${cdata(entry.html)}</content:encoded>`,
    ...entry.authors.map((name) => `      <dc:creator>${escapeXml(name)}</dc:creator>`),
    ...entry.tags.map((tag) => `      <category>${escapeXml(tag)}</category>`),
    '    </item>',
  ].join('\n');
}

/** When the newest change to any item was made: its update, or else its publication. */
function lastChange(items: RssItem[]): string | undefined {
  const times = items.map((entry) => new Date(entry.updated ?? entry.date).getTime());
  return times.length > 0 ? new Date(Math.max(...times)).toUTCString() : undefined;
}

/**
 * RSS 2.0 with the full text of each item in `content:encoded` (as feed readers expect), its
 * authors in `dc:creator`, and `atom:link` for the feed's own address. The public feed and a
 * member's private feed differ only in their items.
 */
export function renderRss({ selfPath, title = site.name, items }: RssChannel): string {
  const lastBuildDate = lastChange(items);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${escapeXml(title)}</title>`,
    `    <link>${escapeXml(absoluteUrl('/'))}</link>`,
    `    <description>${escapeXml(site.description)}</description>`,
    `    <language>${site.locale}</language>`,
    `    <atom:link href="${escapeXml(absoluteUrl(selfPath))}" rel="self" type="application/rss+xml"/>`,
    ...(lastBuildDate ? [`    <lastBuildDate>${lastBuildDate}</lastBuildDate>`] : []),
    ...items.map(item),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
