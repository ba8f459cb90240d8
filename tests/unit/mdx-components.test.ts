import { bundleMDX } from 'mdx-bundler';
import { getMDXComponent } from 'mdx-bundler/client/index.js';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { MdxContent } from '@/components/mdx/mdx-content';
import { plainComponents } from '@/components/mdx/plain';
import { rehypePlugins, remarkPlugins } from '@/lib/content/mdx-plugins';
import { MDX_COMPONENTS } from '@/lib/content/schema';

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

// The same plugins as the content build; image sizes come from the project's public/ folder.
async function compile(mdx: string) {
  const { code } = await bundleMDX({
    source: mdx,
    mdxOptions: (options) => ({
      ...options,
      remarkPlugins: [...(options.remarkPlugins ?? []), ...remarkPlugins],
      rehypePlugins: [...(options.rehypePlugins ?? []), ...rehypePlugins],
    }),
  });
  return code;
}

describe('MDX components', () => {
  it('are all known to the content check', () => {
    expect([...MDX_COMPONENTS].sort()).toEqual(['Callout', 'Figure', 'Paywall']);
    expect(Object.keys(plainComponents)).toEqual(expect.arrayContaining([...MDX_COMPONENTS]));
  });

  it('render as plain HTML for the API and feeds, with image sizes and code languages', async () => {
    const html = renderToStaticMarkup(createElement(getMDXComponent(await compile(source)), { components: plainComponents }));
    expect(html).toContain('<aside class="callout callout-tip"><strong>Tip: </strong>Save often.</aside>');
    expect(html).toContain(
      '<figure><img src="/images/caption-and-description.png" alt="Two cards" width="1200" height="675"/><figcaption>Before and after</figcaption></figure>',
    );
    expect(html).toContain('<img src="/images/caption-and-description.png" alt="Two cards again" width="1200" height="675"/>');
    expect(html).toMatch(/<pre data-language="ts"><code class="hljs language-ts">/);
    expect(html).toMatch(/<h2 id="a-section">A section<a class="heading-anchor"[^>]*href="#a-section"/);
    expect(html).not.toContain('Paywall');
  });

  it('render on the site through next/image, with a labelled code block and a copy button', async () => {
    const html = renderToStaticMarkup(createElement(MdxContent, { code: await compile(source) }));
    expect(html).toMatch(/<img alt="Two cards"[^>]*width="1200" height="675"[^>]*srcSet="\/_next\/image\?url=%2Fimages%2Fcaption-and-description\.png/);
    expect(html).toMatch(/<img alt="Two cards again"[^>]*width="1200" height="675"/);
    expect(html).toMatch(/<span[^>]*>ts<\/span><button type="button"[^>]*><span aria-live="polite">Copy<\/span><\/button>/);
    expect(html).toContain('role="separator" aria-label="End of the public preview"');
  });
});
