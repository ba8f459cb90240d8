import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import readingTime from 'reading-time';

import { contentlayerFields } from './lib/content/contentlayer-fields';
import { contentlayerMdxOptions } from './lib/content/mdx-pipeline';

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/**/*.mdx',
  contentType: 'mdx',
  fields: contentlayerFields(),
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
  // contentlayer2 checks that tsconfig.json lets code import \`contentlayer/generated\`, and warns
  // that \`compilerOptions.baseUrl\` is missing (TypeScript 6 deprecates it). Nothing here imports
  // that module: scripts/build-content.ts reads contentlayer2's JSON and writes \`.content/\`, which
  // the site imports through the \`@/\` alias.
  disableImportAliasWarning: true,
  mdx: contentlayerMdxOptions,
});
