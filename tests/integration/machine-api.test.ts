import { describe, expect, it } from 'vitest';

import { gatedSentences, publishedSlugs, unreleasedPosts } from '../support/gated-text';
import { as, bearer, machine, request } from '../support/http';
import { required } from '../support/required';

const sentences = gatedSentences();
const draft = unreleasedPosts().find((post) => post.draft)!;
const premiumSlug = required(publishedSlugs('premium')[0], 'a published premium post');

describe('the machine API', () => {
  it("exports published posts' metadata to a service with an M2M token, and no gated text", async () => {
    const reply = await request('/api/private/machine/export', { headers: await machine() });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('private, no-store');
    const { posts } = JSON.parse(reply.body) as { posts: { slug: string; url: string }[] };
    expect(posts.map((post) => post.slug)).toContain(premiumSlug);
    expect(posts.map((post) => post.slug)).not.toContain(draft.slug);
    for (const text of sentences.values())
      for (const sentence of text) expect(reply.body).not.toContain(sentence);
  });

  it.each([
    ['a browser session cookie', () => as('editor')],
    ['a session token as Bearer', () => bearer('subscriber')],
    ['an M2M token signed by another key', () => machine(true)],
    ['no credentials', async () => ({})],
    ['a malformed token', async () => ({ authorization: 'Bearer mt' })],
    [
      'an opaque M2M token Clerk does not know',
      async () => ({ authorization: 'Bearer mt_offline_unverifiable' }),
    ],
  ])('refuses %s with a JSON 401', async (_label, headers) => {
    const reply = await request('/api/private/machine/export', { headers: await headers() });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'machine_token_required' });
    expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });
});
