import path from 'node:path';

import type { Image, Root, RootContent } from 'mdast';
import rehypeHighlight from 'rehype-highlight';
import { visit } from 'unist-util-visit';

import { imageDimensions } from './images';

type JsxElement = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** The value of a JSX attribute written as a plain string (`src="..."`), if there is one. */
export function stringAttribute(node: JsxElement, name: string): string | undefined {
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string')
      return attr.value;
  }
  return undefined;
}

/**
 * Writes the pixel size of every local image into the compiled post: `<Figure>` gets `width` and
 * `height` attributes, a Markdown image gets them as properties of its `<img>`. next/image needs
 * both, and knowing them at build time keeps the text from jumping when the image arrives.
 */
export function remarkImageDimensions() {
  // The content build, the dev watcher and the tests all run from the project root.
  const publicDir = path.join(process.cwd(), 'public');
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'image') {
        const size = imageDimensions(publicDir, (node as Image).url);
        if (size) node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...size } };
      }
      if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        node.name === 'Figure'
      ) {
        const src = stringAttribute(node, 'src');
        const size = src ? imageDimensions(publicDir, src) : null;
        if (!size) return;
        node.attributes = node.attributes.filter(
          (a) => !(a.type === 'mdxJsxAttribute' && (a.name === 'width' || a.name === 'height')),
        );
        node.attributes.push(
          { type: 'mdxJsxAttribute', name: 'width', value: String(size.width) },
          { type: 'mdxJsxAttribute', name: 'height', value: String(size.height) },
        );
      }
    });
  };
}

/**
 * rehype-highlight builds a new highlighter, and compiles each language's grammar again, every
 * time a processor uses it: once per post, since every post gets its own processor. One shared
 * transformer compiles each grammar once per build instead of once per post.
 */
const highlight = rehypeHighlight({ detect: false });
export const rehypeHighlightShared = () => highlight;
