import { describe, expect, inject, it } from 'vitest';

import { DEMO_IDENTITIES } from '@/lib/demo/identities';

import { publishedSlugs } from '../support/gated-text';
import { type Reply, request } from '../support/http';

/**
 * What a member reads on the demo build's pages (the dashboard, pricing, a 404), as plain HTML
 * over HTTP: each identity is signed in with a real Clerk-shaped session, as in
 * tests/integration/demo-identities.test.ts.
 */
const base = () => inject('demoUrl');

function cookiesOf(reply: Reply): string {
  return reply.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .join('; ');
}

async function signedIn(as: string): Promise<string> {
  const reply = await request('/api/demo/session', {
    base: base(),
    method: 'POST',
    body: new URLSearchParams({ as }),
  });
  expect(reply.status).toBe(303);
  return cookiesOf(reply);
}

/** A page's text with its tags dropped and React's escapes read, as a reader sees it. */
function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ');
}

async function page(
  path: string,
  as?: string,
): Promise<{ status: number; html: string; text: string }> {
  const headers: Record<string, string> = { accept: 'text/html' };
  if (as) headers.cookie = await signedIn(as);
  const reply = await request(path, { base: base(), headers });
  return { status: reply.status, html: reply.body, text: textOf(reply.body) };
}

describe('the dashboard', () => {
  it.each(['member', 'subscriber', 'editor', 'team'] as const)(
    'names the %s by name, not by user id, and links to the settings',
    async (as) => {
      const { status, html, text } = await page('/dashboard', as);
      expect(status).toBe(200);
      expect(text).toContain(`Signed in as ${DEMO_IDENTITIES[as].name}`);
      expect(text).not.toContain(DEMO_IDENTITIES[as].userId);
      expect(html).toMatch(/<a [^>]*href="\/settings"[^>]*>Settings<\/a>/);
    },
  );

  it('tells an editor they read every post, and offers no upgrade', async () => {
    const { text } = await page('/dashboard', 'editor');
    expect(text).not.toContain('Upgrade to premium');
    expect(text).not.toContain('Your plan: Member');
    expect(text).toContain('As an editor you read every post in full');
  });

  it('gives a team member, whose organization pays, the premium plan and no upgrade', async () => {
    const { text } = await page('/dashboard', 'team');
    expect(text).toContain('Your plan: Premium');
    expect(text).not.toContain('Upgrade to premium');
  });

  it('still offers a member the upgrade', async () => {
    const { text } = await page('/dashboard', 'member');
    expect(text).toContain('Your plan: Member');
    expect(text).toContain('Upgrade to premium');
  });

  it('links each members’ post to its one address, /blog/<slug>', async () => {
    const { html } = await page('/dashboard', 'subscriber');
    for (const slug of [...publishedSlugs('members'), ...publishedSlugs('premium')])
      expect(html).toContain(`href="/blog/${slug}"`);
    expect(html).not.toContain('href="/dashboard/posts/');
  });

  it('points API keys at real endpoints, with a curl example', async () => {
    const { text } = await page('/dashboard', 'member');
    expect(text).toContain('/api/private/posts');
    expect(text).toMatch(
      /curl -H "Authorization: Bearer <key>" https?:\/\/[^ ]+\/api\/private\/posts/,
    );
    expect(text).not.toMatch(/to \/api\/private\./);
  });
});

describe('pricing', () => {
  it('gives its prices a currency', async () => {
    const { text } = await page('/pricing');
    expect(text).toContain('US$18');
    expect(text).toContain('US$180 a year');
  });

  it('does not promise the free plan the whole archive, which holds premium posts', async () => {
    const { text } = await page('/pricing');
    expect(text).not.toContain('the whole archive');
  });
});

describe('a page that does not exist', () => {
  it.each(['/no-such-page', '/blog/no-such-post', '/tags/no-such-tag'])(
    '%s is titled "Page not found"',
    async (path) => {
      const { status, html } = await page(path);
      expect(status).toBe(404);
      expect(html).toMatch(/<title>Page not found · Masthead<\/title>/);
    },
  );

  it('in the member area, is titled "Page not found" too', async () => {
    const { status, html } = await page('/dashboard/no-such-page', 'member');
    expect(status).toBe(404);
    expect(html).toMatch(/<title>Page not found · Masthead<\/title>/);
  });
});

describe('post summaries', () => {
  it('write the members’ possessive with its apostrophe', async () => {
    const { text } = await page('/blog/font-loading-without-flashes');
    expect(text).toContain("A members' guide to loading them properly.");
    expect(text).not.toContain('A members guide');
  });
});
