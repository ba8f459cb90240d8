import { describe, expect, inject, it } from 'vitest';

import { REVALIDATE_SECONDS } from '@/lib/config';

import { fetchRsc } from '../support/crawl';
import { as, request } from '../support/http';

const SCHEDULED = { slug: 'embargoes-and-scheduled-posts', title: 'Embargoes, Scheduled Posts and the Clock', due: '2027-06-01T09:00:00Z' };

// The demo post's date is real: once it has come, the post is published and these no longer apply
// (tests/unit/schedule.test.ts moves an injected clock instead and holds either way).
describe.skipIf(Date.now() >= Date.parse(SCHEDULED.due))('a post scheduled for later', () => {
  it('has no page before its date: 404, like an address never used', async () => {
    const reply = await request(`/blog/${SCHEDULED.slug}`);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain(SCHEDULED.title);
  });

  it.each(['/', '/blog'])('is not listed on %s', async (path) => {
    const reply = await request(path);
    expect(reply.status).toBe(200);
    expect(reply.body).not.toContain(SCHEDULED.slug);
    expect(reply.body).not.toContain(SCHEDULED.title);
  });

  it('is not in the API, even for a subscriber', async () => {
    const reply = await request(`/api/private/posts/${SCHEDULED.slug}`, { headers: await as('subscriber') });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain(SCHEDULED.title);
  });
});

describe('scheduling without a redeploy', () => {
  it.each(['/', '/blog', '/blog/static-first-publishing'])('regenerates %s every REVALIDATE_SECONDS', async (path) => {
    const reply = await request(path);
    expect(reply.headers.get('cache-control')).toContain(`s-maxage=${REVALIDATE_SECONDS}`);
  });
});

describe('MDX components on a public page', () => {
  it('serves a <Figure> through next/image, with the size read at build time and its alt text', async () => {
    const page = await request('/blog/alt-text-is-editorial-work');
    const img = /<img[^>]*caption-and-description[^>]*>/.exec(page.body)?.[0] ?? '';
    expect(img).toContain('width="1200"');
    expect(img).toContain('height="675"');
    expect(img).toContain('alt="Two article cards side by side.');
    expect(img).toContain('/_next/image?url=%2Fimages%2Fcaption-and-description.png');
    expect(page.body).toMatch(/<figcaption>The same story card before and after/);
    const optimized = await request('/_next/image?url=%2Fimages%2Fcaption-and-description.png&w=640&q=75', { headers: { accept: 'image/webp' } });
    expect(optimized.status).toBe(200);
    expect(optimized.headers.get('content-type')).toBe('image/webp');
  });

  it('labels a code block with its language and gives it a copy button', async () => {
    const page = await request('/blog/static-first-publishing');
    const block = /<div data-code-block[\s\S]*?<\/pre><\/div>/.exec(page.body)?.[0] ?? '';
    expect(block).toMatch(/>bash<\/span>/);
    expect(block).toMatch(/<button type="button"[^>]*><span aria-live="polite">Copy<\/span><\/button>/);
    expect(block).toContain('npm run build');
  });

  it("sends the article's body to the browser as one piece of HTML, not as elements for React to hydrate", async () => {
    const { status, body } = await fetchRsc('/blog/static-first-publishing', inject('siteUrl'));
    expect(status).toBe(200);
    // React sends a long string as a text row of its own, unescaped.
    expect(body).toContain('<h2 id="what-static-buys-you">What static buys you');
    expect(body).not.toContain('"id":"what-static-buys-you"');
  });

  it('gives each heading an anchor link', async () => {
    const page = await request('/blog/static-first-publishing');
    expect(page.body).toMatch(/<h2 id="what-static-buys-you">What static buys you<a class="heading-anchor"[^>]*href="#what-static-buys-you"/);
  });
});

describe('MDX components in the plain HTML of the API', () => {
  it('keeps the code language and drops the copy button', async () => {
    const reply = await request('/api/private/posts/font-loading-without-flashes', { headers: await as('member') });
    expect(reply.status).toBe(200);
    const { html } = JSON.parse(reply.body) as { html: string };
    expect(html).toContain('<pre data-language="css">');
    expect(html).not.toContain('<button');
    expect(html).not.toContain('Paywall');
  });
});
