import { describe, expect, inject, it } from 'vitest';

import { fetchRsc } from '../support/crawl';
import { as, request } from '../support/http';

describe('MDX components on a public page', () => {
  it('serves a <Figure> through next/image, with the size read at build time and its alt text', async () => {
    const page = await request('/blog/alt-text-is-editorial-work');
    const img = /<img[^>]*caption-and-description[^>]*>/.exec(page.body)?.[0] ?? '';
    expect(img).toContain('width="1200"');
    expect(img).toContain('height="675"');
    expect(img).toContain('alt="Two article cards side by side.');
    expect(img).toContain('/_next/image?url=%2Fimages%2Fcaption-and-description.png');
    expect(page.body).toMatch(/<figcaption>The same story card before and after/);
    const optimized = await request(
      '/_next/image?url=%2Fimages%2Fcaption-and-description.png&w=640&q=75',
      { headers: { accept: 'image/webp' } },
    );
    expect(optimized.status).toBe(200);
    expect(optimized.headers.get('content-type')).toBe('image/webp');
  });

  it('labels a code block with its language and gives it a copy button', async () => {
    const page = await request('/blog/static-first-publishing');
    const block = /<div data-code-block[\s\S]*?<\/pre><\/div>/.exec(page.body)?.[0] ?? '';
    expect(block).toMatch(/>bash<\/span>/);
    expect(block).toMatch(
      /<button type="button"[^>]*><span aria-live="polite">Copy<\/span><\/button>/,
    );
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
    expect(page.body).toMatch(
      /<h2 id="what-static-buys-you">What static buys you<a class="heading-anchor"[^>]*href="#what-static-buys-you"/,
    );
  });
});

describe('MDX components in the plain HTML of the API', () => {
  it('keeps the code language and drops the copy button', async () => {
    const reply = await request('/api/private/posts/font-loading-without-flashes', {
      headers: await as('member'),
    });
    expect(reply.status).toBe(200);
    const { html } = JSON.parse(reply.body) as { html: string };
    expect(html).toContain('<pre data-language="css">');
    expect(html).not.toContain('<button');
    expect(html).not.toContain('Paywall');
  });
});
