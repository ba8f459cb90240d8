import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, inject, it } from 'vitest';

import { gatedSentences, publishedSlugs, sentencesOf, unreleasedPosts } from '../support/gated-text';
import { as, bearer, machine, request } from '../support/http';
import { required } from '../support/required';

const sentences = gatedSentences();
const draft = unreleasedPosts().find((post) => post.draft)!;
const textOf = (slug: string) => sentencesOf(sentences, slug);
const draftText = textOf(draft.slug);
const premiumSlug = required(publishedSlugs('premium')[0], 'a published premium post');
const membersSlug = required(publishedSlugs('members')[0], 'a published members post');
const EDITOR_HEADING = 'Drafts and scheduled posts';

/** Editors' area behaviour that must hold on the public site and on a private preview alike. */
describe.each([
  ['the public site', () => inject('siteUrl')],
  ['a private preview site', () => inject('privateSiteUrl')],
])("the editors' area on %s", (_label, baseOf) => {
  it('lists every draft for an editor, privately, with its access and problems', async () => {
    const reply = await request('/dashboard/editor', { base: baseOf(), headers: await as('editor') });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain(EDITOR_HEADING);
    expect(reply.body).toContain(draft.title);
    expect(reply.body).toContain(`/dashboard/editor/${draft.slug}`);
    expect(reply.body).toContain('Access: Public');
    expect(reply.body).toContain('No problems found.');
    expect(reply.headers.get('cache-control')).toContain('no-store');
  });

  it('renders a draft in full for an editor', async () => {
    const reply = await request(`/dashboard/editor/${draft.slug}`, { base: baseOf(), headers: await as('editor') });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('readers cannot see this post yet');
    for (const sentence of draftText) expect(reply.body).toContain(sentence);
  });

  it('answers 404 to an editor for a published or unknown post', async () => {
    for (const slug of ['static-first-publishing', 'no-such-draft']) {
      expect((await request(`/dashboard/editor/${slug}`, { base: baseOf(), headers: await as('editor') })).status).toBe(404);
    }
  });

  it.each(['anonymous', 'member', 'subscriber'] as const)('answers 404 to %s, with no trace of the area', async (identity) => {
    for (const path of ['/dashboard/editor', `/dashboard/editor/${draft.slug}`]) {
      const reply = await request(path, { base: baseOf(), headers: await as(identity, { accept: 'text/html' }) });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain(EDITOR_HEADING);
      expect(reply.body).not.toContain(draft.title);
      for (const sentence of draftText) expect(reply.body).not.toContain(sentence);
    }
  });

  it('sends a pending session to its task rather than answering', async () => {
    const reply = await request(`/dashboard/editor/${draft.slug}`, { base: baseOf(), headers: await as('pending', { accept: 'text/html' }) });
    expect(reply.status).toBe(307);
    expect(reply.headers.get('location')).toContain('/sign-in/tasks');
  });
});

describe("drafts outside the editors' area", () => {
  it('are in no file the site serves as it is: static chunks and prerendered pages', async () => {
    const dist = path.resolve(import.meta.dirname, '..', '..', inject('distDir'));
    const served = [path.join(dist, 'static'), path.join(dist, 'server', 'app')];
    let scanned = 0;
    for (const dir of served) {
      for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.(?:js|css|html|rsc|json|meta|body)$/.test(entry.name)) continue;
        if (dir.endsWith('app') && !/\.(?:html|rsc|meta|body)$/.test(entry.name)) continue;
        const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
        scanned += 1;
        expect(text, entry.name).not.toContain(draft.title);
        for (const sentence of draftText) expect(text, entry.name).not.toContain(sentence);
      }
    }
    expect(scanned).toBeGreaterThan(10);
  });
});

describe("the way into the editors' area", () => {
  it("is linked from an editor's dashboard, and from no one else's", async () => {
    expect((await request('/dashboard', { headers: await as('editor') })).body).toContain('href="/dashboard/editor"');
    expect((await request('/dashboard', { headers: await as('subscriber') })).body).not.toContain('/dashboard/editor');
  });
});

describe('the session task page', () => {
  it("explains the step and mounts Clerk's task flow", async () => {
    const reply = await request('/sign-in/tasks?redirect_url=%2Fdashboard', { headers: await as('pending', { accept: 'text/html' }) });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('One more step');
    expect(reply.body).toMatch(/clerk/i);
  });

  // Each once rendered `forceRedirectUrl: "//evil.example"`: a path on our origin that a browser reads as another host.
  it.each(['%2F.%2F%2Fevil.example', '%2Fa%2F..%2F%2Fevil.example', '%2F.%2F%5Cevil.example', encodeURIComponent('http://localhost:4310//evil.example')])(
    'never hands Clerk a way off the site (redirect_url=%s)',
    async (redirectUrl) => {
      const reply = await request(`/sign-in/tasks?redirect_url=${redirectUrl.replace('4310', new URL(inject('siteUrl')).port)}`, {
        headers: await as('pending', { accept: 'text/html' }),
      });
      expect(reply.status).toBe(200);
      // The query itself is echoed in the page's router state; what matters is where Clerk is told to go.
      expect(reply.body).not.toMatch(/RedirectUrl[^,}]*evil\.example/);
      expect(reply.body).toMatch(/forceRedirectUrl\\?":\\?"\/dashboard\\?"/);
    },
  );

  it.each(['choose-organization', 'reset-password', 'setup-mfa'])('serves the %s task', async (task) => {
    const reply = await request(`/sign-in/tasks/${task}`, { headers: await as('pending', { accept: 'text/html' }) });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('One more step');
  });

  it('answers 404 for a task Clerk does not have', async () => {
    expect((await request('/sign-in/tasks/make-coffee')).status).toBe(404);
  });
});

describe('token types on the private API', () => {
  it('accepts a browser session, as a cookie or a Bearer token', async () => {
    expect((await request('/api/private/posts', { headers: await as('member') })).status).toBe(200);
    expect((await request('/api/private/posts', { headers: await bearer('member') })).status).toBe(200);
  });

  it('refuses a machine token on a member endpoint', async () => {
    const reply = await request('/api/private/me', { headers: await machine() });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'unauthenticated' });
  });

  it('refuses an API key Clerk does not know', async () => {
    const reply = await request('/api/private/me', { headers: { authorization: 'Bearer ak_offline_unverifiable' } });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'unauthenticated' });
  });

  it.each([
    ['garbage', 'Bearer not-a-token'],
    ['empty', 'Bearer '],
    ['a JWT with a broken signature', 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEifQ.AAAA'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
  ])('refuses a malformed token (%s) with a JSON 401', async (_label, authorization) => {
    const reply = await request('/api/private/me', { headers: { authorization } });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'unauthenticated' });
  });
});

describe('the machine API', () => {
  it("exports published posts' metadata to a service with an M2M token, and no gated text", async () => {
    const reply = await request('/api/private/machine/export', { headers: await machine() });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('private, no-store');
    const { posts } = JSON.parse(reply.body) as { posts: { slug: string; url: string }[] };
    expect(posts.map((post) => post.slug)).toContain(premiumSlug);
    expect(posts.map((post) => post.slug)).not.toContain(draft.slug);
    for (const text of sentences.values()) for (const sentence of text) expect(reply.body).not.toContain(sentence);
  });

  it.each([
    ['a browser session cookie', () => as('editor')],
    ['a session token as Bearer', () => bearer('subscriber')],
    ['an M2M token signed by another key', () => machine(true)],
    ['no credentials', async () => ({})],
    ['a malformed token', async () => ({ authorization: 'Bearer mt' })],
    ['an opaque M2M token Clerk does not know', async () => ({ authorization: 'Bearer mt_offline_unverifiable' })],
  ])('refuses %s with a JSON 401', async (_label, headers) => {
    const reply = await request('/api/private/machine/export', { headers: await headers() });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ error: 'machine_token_required' });
    expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });
});

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
    for (const sentence of [...textOf(premiumSlug), ...draftText]) expect(reply.body).not.toContain(sentence);
  });

  it('describes its channel and authors as the public feed does, and links a gated post at its one address', async () => {
    const { body } = await request('/api/private/feed.xml', { headers: await bearer('member') });
    expect(body).toContain('<title>Masthead (full text for members)</title>');
    expect(body).toContain('<language>en</language>');
    expect(body).toContain(`<atom:link href="${inject('siteUrl')}/api/private/feed.xml" rel="self"`);
    expect(body).toMatch(/<lastBuildDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT<\/lastBuildDate>/);
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
