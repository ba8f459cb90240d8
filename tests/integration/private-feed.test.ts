import { describe, expect, inject, it } from 'vitest';

import {
  gatedSentences,
  publishedSlugs,
  sentencesOf,
  unreleasedPosts,
} from '../support/gated-text';
import { as, bearer, request } from '../support/http';
import { required } from '../support/required';

const sentences = gatedSentences();
const draft = unreleasedPosts().find((post) => post.draft)!;
const textOf = (slug: string) => sentencesOf(sentences, slug);
const draftText = textOf(draft.slug);
const premiumSlug = required(publishedSlugs('premium')[0], 'a published premium post');
const membersSlug = required(publishedSlugs('members')[0], 'a published members post');

describe("the members' private feed", () => {
  it('refuses anonymous readers with a JSON 401', async () => {
    const reply = await request('/api/private/feed.xml');
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'unauthenticated' });
  });

  it("gives a member the full text of members' posts, never of premium ones or drafts", async () => {
    const reply = await request('/api/private/feed.xml', { headers: await bearer('member') });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toContain('application/rss+xml');
    expect(reply.headers.get('cache-control')).toBe('private, no-store');
    expect(reply.body).toContain(textOf(membersSlug)[0]);
    for (const sentence of [...textOf(premiumSlug), ...draftText])
      expect(reply.body).not.toContain(sentence);
  });

  it('describes its channel and authors as the public feed does, and links a gated post at its one address', async () => {
    const { body } = await request('/api/private/feed.xml', { headers: await bearer('member') });
    expect(body).toContain('<title>Masthead (full text for members)</title>');
    expect(body).toContain('<language>en</language>');
    expect(body).toContain(
      `<atom:link href="${inject('siteUrl')}/api/private/feed.xml" rel="self"`,
    );
    expect(body).toMatch(
      /<lastBuildDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT<\/lastBuildDate>/,
    );
    expect(body).toMatch(/<dc:creator>(Ada Lindqvist|Tomás Okafor)<\/dc:creator>/);
    expect(body).toContain(`<link>${inject('siteUrl')}/blog/${membersSlug}</link>`);
  });

  it('gives a subscriber premium posts in full too', async () => {
    const reply = await request('/api/private/feed.xml', { headers: await as('subscriber') });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain(textOf(premiumSlug)[0]);
    expect(reply.body).not.toContain(draftText[0]);
  });
});
