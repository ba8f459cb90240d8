export interface RssItem {
  title: string;
  url: string;
  /** ISO date. */
  date: string;
  summary: string;
  /** The full text as HTML. */
  html: string;
  categories: string[];
}

export interface RssChannel {
  title: string;
  url: string;
  selfUrl: string;
  description: string;
  items: RssItem[];
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

/** The full text in a CDATA section; a `]]>` inside it is split so it cannot end the section early. */
function cdata(html: string): string {
  return `<![CDATA[${html.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** RSS 2.0 with the full text of each item in `content:encoded`, as feed readers expect. */
export function renderRss(channel: RssChannel): string {
  const items = channel.items.map(
    (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.url)}</link>
      <guid isPermaLink="true">${escapeXml(item.url)}</guid>
      <pubDate>${new Date(item.date).toUTCString()}</pubDate>
      <description>${escapeXml(item.summary)}</description>
${item.categories.map((category) => `      <category>${escapeXml(category)}</category>\n`).join('')}      <content:encoded>${cdata(item.html)}</content:encoded>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.url)}</link>
    <description>${escapeXml(channel.description)}</description>
    <atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>
${items.join('\n')}
  </channel>
</rss>
`;
}
