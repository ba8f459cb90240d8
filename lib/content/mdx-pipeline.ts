import { createProcessor } from '@mdx-js/mdx';
import { bundleMDX } from 'mdx-bundler';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';

import { rehypeHighlightShared, remarkImageDimensions } from './mdx-plugins';

/**
 * The one MDX pipeline. Every compile of a post takes its options from here: contentlayer2's
 * (contentlayer.config.ts), the public previews (scripts/lib/previews.ts) and the content check
 * (lib/content/check.ts); the search index and the feeds read the HTML those compiles give. The
 * paywall split is lib/content/paywall.ts and the components are components/mdx, each used by
 * every consumer. tests/unit/mdx-pipeline.test.ts compiles one post through each consumer and
 * fails if any two give different HTML.
 */

/** The Markdown syntax beyond CommonMark and MDX that posts may use: every compile and every parse of a body (mdx-tree.ts) reads it. */
export const remarkSyntaxPlugins: PluggableList = [remarkGfm];

export const remarkPlugins: PluggableList = [...remarkSyntaxPlugins, remarkImageDimensions];

export const rehypePlugins: PluggableList = [
  rehypeSlug,
  [
    rehypeAutolinkHeadings,
    {
      behavior: 'append',
      // Shown on hover or focus (globals.css); reachable with Tab and named for screen readers.
      properties: { className: ['heading-anchor'], ariaLabel: 'Link to this section' },
      content: { type: 'text', value: '#' },
    },
  ],
  rehypeHighlightShared,
];

/** contentlayer2's `mdx` option: it hands these to mdx-bundler after its own plugins, as bundlerMdxOptions does. */
export const contentlayerMdxOptions = { remarkPlugins, rehypePlugins };

type MdxOptions = { remarkPlugins?: PluggableList | null; rehypePlugins?: PluggableList | null };

/** mdx-bundler's `mdxOptions`: its own plugins (the frontmatter's) first, then the pipeline's. */
export function bundlerMdxOptions<T extends MdxOptions>(options: T): T {
  return {
    ...options,
    remarkPlugins: [...(options.remarkPlugins ?? []), ...remarkPlugins],
    rehypePlugins: [...(options.rehypePlugins ?? []), ...rehypePlugins],
  };
}

/** A body compiled as contentlayer2 compiles it: code for mdx-bundler's `getMDXComponent`. */
export async function bundleBody(source: string): Promise<string> {
  return (await bundleMDX({ source, mdxOptions: bundlerMdxOptions })).code;
}

/**
 * The content check's compiler: the same plugins, run on the tree the check has parsed. Its output
 * (a function body for @mdx-js/mdx's `run`) is only evaluated by the pipeline's test.
 */
export function createCheckCompiler() {
  return createProcessor({ remarkPlugins, rehypePlugins, outputFormat: 'function-body' });
}
