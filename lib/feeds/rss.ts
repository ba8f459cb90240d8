import 'server-only';

import { site } from '@/lib/config';
import { absoluteUrl } from '@/lib/site-url';

import type { FeedEntry } from './entries';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A CDATA section that stays one even when the HTML itself contains "]]>". */
function cdata(html: string): string {
  return `<![CDATA[${html.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

function item(entry: FeedEntry): string {
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

/** RSS 2.0 with content:encoded for the text and atom:link for the feed's own address. */
export function renderRss(entries: FeedEntry[]): string {
  const newest = entries[0]?.updated ?? entries[0]?.date;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${escapeXml(site.name)}</title>`,
    `    <link>${escapeXml(absoluteUrl('/'))}</link>`,
    `    <description>${escapeXml(site.description)}</description>`,
    `    <language>${site.locale}</language>`,
    `    <atom:link href="${escapeXml(absoluteUrl('/feed.xml'))}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`    <lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>`] : []),
    ...entries.map(item),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
