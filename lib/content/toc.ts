import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

import { parseMdx } from './mdx-tree';

export interface TocEntry {
  depth: 2 | 3;
  /** The heading's id on the page: the same slug rehype-slug gives it. */
  id: string;
  text: string;
}

/**
 * The id of every heading of a body, in order: the slugs rehype-slug gives them on the page
 * (github-slugger over every level, so `## Top` twice is `top` and `top-1`).
 */
export function headingIds(tree: Root): { depth: Heading['depth']; id: string; text: string }[] {
  const slugger = new GithubSlugger();
  const headings: { depth: Heading['depth']; id: string; text: string }[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const text = toString(node);
    headings.push({ depth: node.depth, id: slugger.slug(text), text });
  });
  return headings;
}

/**
 * The table of contents of an MDX text: its second- and third-level headings. Called with the
 * public text only (a gated post's preview), so a heading of the gated part never reaches it.
 */
export function tableOfContents(mdx: string): TocEntry[] {
  return headingIds(parseMdx(mdx)).flatMap(({ depth, id, text }) =>
    depth === 2 || depth === 3 ? [{ depth, id, text }] : [],
  );
}
