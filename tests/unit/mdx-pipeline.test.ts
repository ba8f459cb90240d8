import { run } from '@mdx-js/mdx';
import { bundleMDX as contentlayerBundleMDX, runMain } from 'contentlayer2/core';
import { getMDXComponent } from 'mdx-bundler/client/index.js';
import { createElement, type ComponentType } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import contentlayerSource from '@/contentlayer.config';
import { plainComponents } from '@/components/mdx/plain';
import { compileChecked } from '@/lib/content/check';
import { frontmatterBlock } from '@/lib/content/frontmatter';
import { parseMdx } from '@/lib/content/mdx-tree';
import { compilePreviews } from '@/scripts/lib/previews';

/** Everything a plugin touches: GFM, headings, code, local images, components. */
const body = `## A section with a table

| plan | price |
| --- | ---: |
| monthly | ~~6~~ 5 |

- [ ] a task, https://example.com autolinked

<Callout type="tip">Save **often**.</Callout>

<Figure src="/images/caption-and-description.png" alt="Two cards" caption="Before and after" />

![Two cards again](/images/caption-and-description.png)

\`\`\`ts
const answer: number = 42;
\`\`\`

### A subsection`;

const html = (Content: ComponentType<{ components: typeof plainComponents }>) =>
  renderToStaticMarkup(createElement(Content, { components: plainComponents }));

/** The published build: contentlayer2's own compile, with the options contentlayer.config.ts gives it. */
async function publishedHtml(): Promise<string> {
  const { options } = await contentlayerSource(undefined);
  const code = await runMain<string>({ tracingServiceName: 'test', verbose: false })(
    contentlayerBundleMDX({
      mdxString: body,
      options: options.mdx,
      contentDirPath: 'content',
      rawDocumentData: {
        sourceFilePath: 'posts/pipeline.mdx',
        sourceFileName: 'pipeline.mdx',
        sourceFileDir: 'posts',
        contentType: 'mdx',
        flattenedPath: 'posts/pipeline',
      },
    }),
  );
  return html(getMDXComponent(code));
}

/** A gated post's public preview, as scripts/lib/previews.ts compiles it: the whole body sits above its marker. */
async function previewHtml(): Promise<string> {
  const source = `${frontmatterBlock({ title: 'Pipeline', date: '2026-05-01', summary: 'S.', access: 'members' })}\n${body}\n\n<Paywall />\n\nThe rest.\n`;
  const previews = await compilePreviews([{ file: 'content/posts/pipeline.mdx', source }]);
  return html(getMDXComponent(previews.get('pipeline')!));
}

/** The content check's compile of the same body. */
async function checkedHtml(): Promise<string> {
  const { default: Content } = await run(await compileChecked(parseMdx(body)), {
    ...runtime,
    baseUrl: import.meta.url,
  });
  return html(Content as ComponentType<{ components: typeof plainComponents }>);
}

describe('the one MDX pipeline', () => {
  it('compiles a post to the same HTML in the published build, the previews and the content check', async () => {
    const [published, preview, checked] = await Promise.all([
      publishedHtml(),
      previewHtml(),
      checkedHtml(),
    ]);
    // Every plugin has left its mark, so that a plugin missing from one consumer shows below.
    expect(published).toContain('<table>');
    expect(published).toContain('<del>6</del>');
    expect(published).toMatch(
      /<h2 id="a-section-with-a-table">A section with a table<a class="heading-anchor"/,
    );
    expect(published).toContain(
      '<code class="hljs language-ts"><span class="hljs-keyword">const</span>',
    );
    expect(published).toContain('width="1200" height="675"');
    expect(preview).toBe(published);
    expect(checked).toBe(published);
  });
});
