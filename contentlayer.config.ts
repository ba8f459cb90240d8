import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import readingTime from 'reading-time';

import { rehypePlugins, remarkPlugins } from './lib/content/mdx-plugins';
import { ACCESS_LEVELS } from './lib/content/schema';

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
