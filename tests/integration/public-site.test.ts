import { describe, expect, it } from 'vitest';

import { as, request } from '../support/http';

describe('the public site', () => {
  it.each(['/', '/blog', '/blog/static-first-publishing', '/pricing'])(
    'serves %s to anyone',
    async (path) => {
      const reply = await request(path);
      expect(reply.status).toBe(200);
      expect(reply.body).toContain('Masthead');
    },
  );

  it('serves a public post in full', async () => {
    const reply = await request('/blog/static-first-publishing');
    expect(reply.body).toContain('<h1');
    expect(reply.body).toContain('Static First, Dynamic Where It Counts');
  });

  it('keeps drafts off the blog index and their page', async () => {
    expect((await request('/blog')).body).not.toContain('rethinking-the-newsletter-archive');
    expect((await request('/blog/rethinking-the-newsletter-archive')).status).toBe(404);
  });

  it("loads no Clerk script on readers' pages", async () => {
    for (const path of ['/', '/blog', '/blog/static-first-publishing']) {
      expect((await request(path)).body).not.toMatch(/clerk\.browser|clerk-js|__clerk/i);
    }
  });
});

describe("readers' pages and a signed-in reader's cookies", () => {
  it.each(['/', '/blog', '/blog/static-first-publishing', '/tags', '/feed.xml'])(
    'serve %s straight away to a reader whose session token has gone stale, with no handshake through Clerk',
    async (path) => {
      const reply = await request(path, { headers: await as('expired', { accept: 'text/html' }) });
      expect(reply.status).toBe(200);
      expect(reply.headers.get('location')).toBeNull();
    },
  );
});
