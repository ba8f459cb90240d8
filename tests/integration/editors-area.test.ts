import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, inject, it } from 'vitest';

import { gatedSentences, sentencesOf, unreleasedPosts } from '../support/gated-text';
import { as, request } from '../support/http';

const sentences = gatedSentences();
const draft = unreleasedPosts().find((post) => post.draft)!;
const textOf = (slug: string) => sentencesOf(sentences, slug);
const draftText = textOf(draft.slug);
const EDITOR_HEADING = 'Drafts and scheduled posts';

/** Editors' area behaviour that must hold on the public site and on a private preview alike. */
describe.each([
  ['the public site', () => inject('siteUrl')],
  ['a private preview site', () => inject('privateSiteUrl')],
])("the editors' area on %s", (_label, baseOf) => {
  it('lists every draft for an editor, privately, with its access and problems', async () => {
    const reply = await request('/dashboard/editor', {
      base: baseOf(),
      headers: await as('editor'),
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain(EDITOR_HEADING);
    expect(reply.body).toContain(draft.title);
    expect(reply.body).toContain(`/dashboard/editor/${draft.slug}`);
    expect(reply.body).toContain('Access: Public');
    expect(reply.body).toContain('No problems found.');
    expect(reply.headers.get('cache-control')).toContain('no-store');
  });

  it('renders a draft in full for an editor', async () => {
    const reply = await request(`/dashboard/editor/${draft.slug}`, {
      base: baseOf(),
      headers: await as('editor'),
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('readers cannot see this post yet');
    for (const sentence of draftText) expect(reply.body).toContain(sentence);
  });

  it('answers 404 to an editor for a published or unknown post', async () => {
    for (const slug of ['static-first-publishing', 'no-such-draft']) {
      expect(
        (
          await request(`/dashboard/editor/${slug}`, {
            base: baseOf(),
            headers: await as('editor'),
          })
        ).status,
      ).toBe(404);
    }
  });

  it.each(['anonymous', 'member', 'subscriber'] as const)(
    'answers 404 to %s, with no trace of the area',
    async (identity) => {
      for (const path of ['/dashboard/editor', `/dashboard/editor/${draft.slug}`]) {
        const reply = await request(path, {
          base: baseOf(),
          headers: await as(identity, { accept: 'text/html' }),
        });
        expect(reply.status, path).toBe(404);
        expect(reply.body).not.toContain(EDITOR_HEADING);
        expect(reply.body).not.toContain(draft.title);
        for (const sentence of draftText) expect(reply.body).not.toContain(sentence);
      }
    },
  );

  it('sends a pending session to its task rather than answering', async () => {
    const reply = await request(`/dashboard/editor/${draft.slug}`, {
      base: baseOf(),
      headers: await as('pending', { accept: 'text/html' }),
    });
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
    expect((await request('/dashboard', { headers: await as('editor') })).body).toContain(
      'href="/dashboard/editor"',
    );
    expect((await request('/dashboard', { headers: await as('subscriber') })).body).not.toContain(
      '/dashboard/editor',
    );
  });
});
