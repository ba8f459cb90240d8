import GithubSlugger from 'github-slugger';
import type { Heading } from 'mdast';
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
 * The table of contents of an MDX text: its second- and third-level headings. Called with the
 * public text only (a gated post's preview), so a heading of the gated part never reaches it.
 */
export function tableOfContents(mdx: string): TocEntry[] {
  const slugger = new GithubSlugger();
  const entries: TocEntry[] = [];
  visit(parseMdx(mdx), 'heading', (node: Heading) => {
    const text = toString(node);
    // rehype-slug numbers every heading, so the h1 and h4+ headings still take their slug.
    const id = slugger.slug(text);
    if (node.depth === 2 || node.depth === 3) entries.push({ depth: node.depth, id, text });
  });
  return entries;
}
