import { describe, expect, it } from 'vitest';

import type { Viewer } from '@/lib/auth/policy';
import { getPublishedPosts } from '@/lib/content/posts';
import { withPublicHtml } from '@/lib/content/public-text';
import { feedEntries, FEED_LIMIT } from '@/lib/feeds/entries';
import { renderJsonFeed } from '@/lib/feeds/json-feed';
import { memberFeedEntries } from '@/lib/feeds/member-entries';
import { escapeXml, renderRss } from '@/lib/feeds/rss';
import { absoluteUrl } from '@/lib/site-url';

import { addressesIn, relativeAddresses } from '../support/html-urls';
import { fixturePost, fixturePosts } from '../support/post-fixtures';

/** Each item's HTML as a feed reader gets it: RSS's `content:encoded` and JSON Feed's `content_html`. */
function itemContents(rss: string, json: ReturnType<typeof renderJsonFeed>): string[] {
  const encoded = [...rss.matchAll(/<content:encoded>([\s\S]*?)<\/content:encoded>/g)].map(
    ([, text = '']) => text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1'),
  );
  return [...encoded, ...json.items.map((item) => item.content_html)];
}

describe('the feeds', () => {
  const entries = feedEntries(fixturePosts);

  it('carry the full text of public posts', () => {
    const publicEntry = entries.find((entry) => entry.url.endsWith('/blog/public-one'));
    expect(publicEntry?.html).toBe('<p>Full text of public-one.</p>');
    expect(publicEntry?.gated).toBe(false);
  });

  it('carry only the summary and a link for gated posts, not even their preview', () => {
    for (const slug of ['members-post', 'premium-post']) {
      const entry = entries.find((candidate) => candidate.url.endsWith(`/blog/${slug}`));
      expect(entry?.gated).toBe(true);
      expect(entry?.html).toContain(`Summary of ${slug}.`);
      expect(entry?.html).toContain(`href="${entry?.url}"`);
      expect(entry?.html).not.toContain('preview paragraph');
    }
  });

  it('use absolute URLs on the canonical origin', () => {
    expect(entries[0]?.url).toMatch(/^https?:\/\/[^/]+\/blog\/premium-post$/);
  });

  it('keep the newest posts only', () => {
    const many = Array.from({ length: FEED_LIMIT + 5 }, (_, i) =>
      fixturePost({ slug: `post-${i}` }),
    );
    expect(feedEntries(many)).toHaveLength(FEED_LIMIT);
  });

  it('render valid RSS 2.0 with escaped titles and the text in CDATA', () => {
    const tricky = fixturePost({
      slug: 'tricky',
      title: 'Fish & <Chips>',
      publicHtml: '<p>a ]]> b</p>',
    });
    const rss = renderRss({ selfPath: '/feed.xml', items: feedEntries([tricky, ...fixturePosts]) });
    expect(rss).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(rss).toContain('<title>Fish &amp; &lt;Chips&gt;</title>');
    expect(rss).toContain(
      '<content:encoded><![CDATA[<p>a ]]]]><![CDATA[> b</p>]]></content:encoded>',
    );
    expect(rss.match(/<item>/g)).toHaveLength(5);
    expect(rss).toContain('<category>static-sites</category>');
    expect(rss).toContain('<pubDate>Thu, 01 Jan 2026 00:00:00 GMT</pubDate>');
    expect(rss).not.toContain('preview paragraph');
  });

  it('describe the channel and each item the same way whoever the feed is for', () => {
    const items = feedEntries(fixturePosts);
    const publicFeed = renderRss({ selfPath: '/feed.xml', items });
    const privateFeed = renderRss({
      selfPath: '/api/private/feed.xml',
      title: 'Masthead (full text for members)',
      items,
    });
    for (const [rss, self] of [
      [publicFeed, '/feed.xml'],
      [privateFeed, '/api/private/feed.xml'],
    ] as const) {
      expect(rss).toContain('<language>en</language>');
      expect(rss).toMatch(
        new RegExp(`<atom:link href="https?://[^"]+${self.replaceAll('.', '\\.')}" rel="self"`),
      );
      expect(rss).toContain('<dc:creator>Ada Lindqvist</dc:creator>');
      expect(rss).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
      // public-one's update, newer than the first item's date.
      expect(rss).toContain('<lastBuildDate>Fri, 01 May 2026 00:00:00 GMT</lastBuildDate>');
    }
    expect(privateFeed).toContain('<title>Masthead (full text for members)</title>');
  });

  it('leave out lastBuildDate when there is nothing in the feed', () => {
    expect(renderRss({ selfPath: '/feed.xml', items: [] })).not.toContain('lastBuildDate');
  });

  it('escape what could break the XML', () => {
    expect(escapeXml(`Tom & "Jerry" <b>'s`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt;&apos;s');
  });

  it('render JSON Feed 1.1', () => {
    const feed = renderJsonFeed(entries);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toMatch(/\/feed\.json$/);
    expect(feed.items.map((item) => item.id)).toEqual(entries.map((entry) => entry.url));
    const one = feed.items.find((item) => item.url.endsWith('/public-one'));
    expect(one).toMatchObject({
      date_published: '2026-01-01T00:00:00.000Z',
      date_modified: '2026-05-01T00:00:00.000Z',
      authors: [{ name: 'Ada Lindqvist' }],
    });
    expect(JSON.stringify(feed)).not.toContain('preview paragraph');
  });

  describe('hold absolute addresses only, in every item of the public and private feeds', () => {
    const written =
      '<p><a href="/blog/public-two">a post</a>, <a href="#intro">a section</a>, <a href="https://other.example/x?a=1&amp;b=2">elsewhere</a>.</p>' +
      '<figure><img src="/images/a.png" srcset="/images/a.png 1x, /images/a@2x.png 2x" alt="A chart"/><figcaption>A chart</figcaption></figure>';
    const post = fixturePost({ slug: 'with-links', publicHtml: written });

    it('resolves root-relative and fragment addresses against the item, and leaves others alone', () => {
      const [entry] = feedEntries([post]);
      expect(relativeAddresses(written)).toHaveLength(5);
      expect(addressesIn(entry!.html).map(({ url }) => url)).toEqual([
        absoluteUrl('/blog/public-two'),
        absoluteUrl('/blog/with-links#intro'),
        'https://other.example/x?a=1&b=2',
        absoluteUrl('/images/a.png'),
        absoluteUrl('/images/a.png'),
        absoluteUrl('/images/a@2x.png'),
      ]);
      expect(entry!.html).toContain('alt="A chart"');
    });

    const subscriber: Viewer = {
      kind: 'signed-in',
      userId: 'user_subscriber',
      premium: true,
      editor: false,
    };
    const published = withPublicHtml(getPublishedPosts());
    const feeds = {
      'the fixtures, public': feedEntries([post, ...fixturePosts]),
      '/feed.xml and /feed.json': feedEntries(published),
      'a subscriber’s private feed': memberFeedEntries(published, subscriber),
    };

    it.each(Object.entries(feeds))('%s', (_, items) => {
      const contents = itemContents(
        renderRss({ selfPath: '/feed.xml', items }),
        renderJsonFeed(items),
      );
      expect(contents.length).toBe(items.length * 2);
      expect(contents.flatMap((html) => addressesIn(html)).length).toBeGreaterThan(0);
      for (const html of contents) expect(relativeAddresses(html)).toEqual([]);
    });

    it('would have had relative addresses in the posts as written', () => {
      expect(
        published.flatMap((one) => relativeAddresses(one.publicHtml ?? '')).length,
      ).toBeGreaterThan(0);
    });
  });
});
