import { bundleMDX } from 'mdx-bundler';
import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import readingTime from 'reading-time';

import { rehypePlugins, remarkPlugins } from './lib/content/mdx-plugins';
import { splitAtPaywall } from './lib/content/paywall';
import { ACCESS_LEVELS, type Access } from './lib/content/schema';

const mdxOptions = <T extends { remarkPlugins?: unknown; rehypePlugins?: unknown }>(options: T): T => ({
  ...options,
  remarkPlugins: [...((options.remarkPlugins as []) ?? []), ...remarkPlugins],
  rehypePlugins: [...((options.rehypePlugins as []) ?? []), ...rehypePlugins],
});

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    date: { type: 'date', required: true },
    summary: { type: 'string', required: true },
    tags: { type: 'list', of: { type: 'string' }, default: [] },
    access: { type: 'enum', options: [...ACCESS_LEVELS], default: 'public' },
    draft: { type: 'boolean', default: false },
    authors: { type: 'list', of: { type: 'string' }, default: [] },
    image: { type: 'string', required: false },
    updated: { type: 'date', required: false },
  },
  computedFields: {
    slug: { type: 'string', resolve: (post) => post._raw.sourceFileName.replace(/\.mdx$/, '') },
    readingMinutes: {
      type: 'number',
      resolve: (post) => Math.max(1, Math.round(readingTime(post.body.raw).minutes)),
    },
    // The public preview is compiled here, at content build time, so that a public page only
    // ever receives code that holds the preview and never the gated text below the marker.
    previewCode: {
      type: 'string',
      resolve: async (post) => {
        const { preview } = splitAtPaywall(post.body.raw, post.access as Access);
        if (preview === null) return '';
        const { code } = await bundleMDX({ source: preview, mdxOptions });
        return code;
      },
    },
  },
}));

export default makeSource({
  contentDirPath: 'content',
  contentDirInclude: ['posts'],
  documentTypes: [Post],
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  mdx: { remarkPlugins, rehypePlugins },
});
