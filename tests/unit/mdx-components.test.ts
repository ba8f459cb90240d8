import { getMDXComponent } from 'mdx-bundler/client/index.js';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { pageComponents } from '@/components/mdx/page-components';
import { plainComponents } from '@/components/mdx/plain';
import { bundleBody as compile } from '@/lib/content/mdx-pipeline';
import { splitAtPaywall } from '@/lib/content/paywall';
import { MDX_COMPONENTS } from '@/lib/content/schema';
import { renderBodies, splitPosts } from '@/scripts/build-content';

const source = `
## A section

<Callout type="tip">Save often.</Callout>

<Figure src="/images/caption-and-description.png" alt="Two cards" caption="Before and after" />

![Two cards again](/images/caption-and-description.png)

\`\`\`ts
const answer = 42;
\`\`\`

<Paywall />

The rest.
`;

describe('MDX components', () => {
  it('are all known to the content check', () => {
    expect([...MDX_COMPONENTS].sort()).toEqual(['Callout', 'Figure', 'Paywall']);
    expect(Object.keys(plainComponents)).toEqual(expect.arrayContaining([...MDX_COMPONENTS]));
    expect(Object.keys(pageComponents('premium'))).toEqual(
      expect.arrayContaining([...MDX_COMPONENTS]),
    );
  });

  it('render as plain HTML for the API and feeds, with image sizes and code languages', async () => {
    const html = renderToStaticMarkup(
      createElement(getMDXComponent(await compile(source)), { components: plainComponents }),
    );
    expect(html).toContain(
      '<aside class="callout callout-tip"><strong>Tip: </strong>Save often.</aside>',
    );
    expect(html).toContain(
      '<figure><img src="/images/caption-and-description.png" alt="Two cards" width="1200" height="675"/><figcaption>Before and after</figcaption></figure>',
    );
    expect(html).toContain(
      '<img src="/images/caption-and-description.png" alt="Two cards again" width="1200" height="675"/>',
    );
    expect(html).toMatch(/<pre data-language="ts"><code class="hljs language-ts">/);
    expect(html).toMatch(
      /<h2 id="a-section">A section<a class="heading-anchor"[^>]*href="#a-section"/,
    );
    expect(html).not.toContain('Paywall');
  });

  it.each([
    ['members', 'Members’ part'],
    ['premium', 'Subscribers’ part'],
  ] as const)('mark where a %s post turns gated with whose part it is', async (access, label) => {
    const { bodyHtml } = renderBodies(await compile('Open.\n\n<Paywall />\n\nClosed.'), access);
    expect(bodyHtml).toMatch(new RegExp(`role="separator"[^>]*>.*${label}`));
  });

  it("render as the page's HTML at build time: next/image's srcset, a labelled code block with a plain copy button", async () => {
    const { bodyHtml } = renderBodies(await compile(source), 'public');
    const srcset = (width: number) =>
      `/_next/image?url=%2Fimages%2Fcaption-and-description.png&amp;w=${width}&amp;q=75 ${width}w`;
    // Next's default image widths, as the pages rendered them with next/image at request time.
    const widths = [32, 48, 64, 96, 128, 256, 384, 640, 750, 828, 1080, 1200, 1920, 2048, 3840];
    expect(bodyHtml).toMatch(
      /<img alt="Two cards" loading="lazy" width="1200" height="675" decoding="async" class="h-auto w-full rounded-md"/,
    );
    expect(bodyHtml).toContain(
      `sizes="(min-width: 48rem) 46rem, calc(100vw - 2rem)" srcSet="${widths.map(srcset).join(', ')}"`,
    );
    expect(bodyHtml).toMatch(/<img alt="Two cards again"[^>]*width="1200" height="675"/);
    expect(bodyHtml).toContain('<figcaption>Before and after</figcaption>');
    expect(bodyHtml).toMatch(
      /<div data-code-block=""[^>]*><div[^>]*><span[^>]*>ts<\/span><button type="button" data-copy-code=""[^>]*><span aria-live="polite">Copy<\/span><\/button><\/div><pre[^>]*aria-label="ts code"><code class="hljs language-ts">/,
    );
    expect(bodyHtml).toContain('<aside aria-label="Tip"');
    expect(bodyHtml).toContain('role="separator" aria-label="End of the public preview"');
    // Nothing for the browser to run: no inline handler (the CSP forbids them), no script.
    expect(bodyHtml).not.toMatch(/\son[a-z]+=|<script/i);
  });
});

describe('the content split', () => {
  const gatedSource = `Open paragraph.

\`\`\`sh
npm run open
\`\`\`

<Paywall />

The closed paragraph only members read.
`;

  async function gatedPost() {
    const preview = splitAtPaywall(gatedSource, 'premium').preview!;
    const post = {
      slug: 'a-gated-post',
      title: 'A gated post',
      date: '2026-05-01T00:00:00.000Z',
      summary: 'About it.',
      access: 'premium' as const,
      draft: false,
      tags: [],
      authors: ['ada-lindqvist'],
      readingMinutes: 1,
      body: { raw: gatedSource, code: await compile(gatedSource) },
      _raw: { sourceFilePath: 'posts/a-gated-post.mdx' },
    } as Parameters<typeof splitPosts>[0][number];
    return { post, previews: new Map([[post.slug, await compile(preview)]]) };
  }

  it("puts a gated post's page HTML in its public text only up to its paywall, none in the public index, and the whole of it only in the restricted one", async () => {
    const { post, previews } = await gatedPost();
    const { publicPosts, publicTexts, restricted, restrictedTexts } = splitPosts([post], previews);

    const publicText = publicTexts.get(post.slug);
    expect(publicText?.bodyHtml).toContain('Open paragraph.');
    expect(publicText?.bodyHtml).toContain('data-copy-code');
    expect(publicText?.html).toContain('Open paragraph.');
    expect(JSON.stringify(publicText)).not.toContain('The closed paragraph');
    expect(publicPosts.map((one) => one.slug)).toEqual([post.slug]);
    expect(JSON.stringify(publicPosts)).not.toContain('Open paragraph.');
    const restrictedText = restrictedTexts.get(post.slug);
    expect(restrictedText?.bodyHtml).toContain('<p>The closed paragraph only members read.</p>');
    expect(restrictedText?.bodyHtml).toContain('aria-label="End of the public preview"');
    expect(restricted.map((entry) => entry.slug)).toEqual([post.slug]);
    expect(JSON.stringify(restricted)).not.toContain('The closed paragraph');
  });

  it('changes the index entry when only the public text changes, so that next dev re-renders its pages', async () => {
    const { post, previews } = await gatedPost();
    const edited = new Map([[post.slug, await compile('Open paragraph, corrected.')]]);
    const [before] = splitPosts([post], previews).publicPosts;
    const [after] = splitPosts([post], edited).publicPosts;
    expect(after?.textVersion).not.toBe(before?.textVersion);
    expect({ ...after, textVersion: '' }).toEqual({ ...before, textVersion: '' });
  });

  it('changes the restricted index entry when only the full text changes, so that next dev re-renders the member pages', async () => {
    const { post, previews } = await gatedPost();
    const raw = post.body.raw.replace('only members read', 'only subscribers read');
    const edited = { ...post, body: { raw, code: await compile(raw) } };
    const [before] = splitPosts([post], previews).restricted;
    const [after] = splitPosts([edited], previews).restricted;
    expect(after?.slug).toBe(post.slug);
    expect(after?.textVersion).not.toBe(before?.textVersion);
    expect(splitPosts([edited], previews).publicPosts).toEqual(
      splitPosts([post], previews).publicPosts,
    );
  });
});
