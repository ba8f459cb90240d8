import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

import { ContentProblem, parseMdx } from './mdx-tree';
import type { Access } from './schema';

export const PAYWALL_COMPONENT = 'Paywall';

function isPaywall(node: RootContent | Root): boolean {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    (node as { name: string | null }).name === PAYWALL_COMPONENT
  );
}

/**
 * Finds the `<Paywall />` marker of a post and returns the public preview: the MDX source above
 * it. `null` means the post has no preview beyond its summary. Misuse throws a ContentProblem.
 */
export function splitAtPaywall(body: string, access: Access): { preview: string | null } {
  return splitParsedAtPaywall(parseMdx(body), body, access);
}

/**
 * splitAtPaywall for a body already parsed by parseMdx. `bodyLineOffset` (the file lines above the
 * body) is added to a line that a message names, so that it counts like the file's lines.
 */
export function splitParsedAtPaywall(
  tree: Root,
  body: string,
  access: Access,
  bodyLineOffset = 0,
): { preview: string | null } {
  const markers: { line: number | undefined; topLevel: boolean; offset: number | undefined }[] = [];
  visit(tree, (node, _index, parent) => {
    if (!isPaywall(node as RootContent)) return;
    markers.push({
      line: node.position?.start.line,
      offset: node.position?.start.offset,
      topLevel: parent === tree && node.type === 'mdxJsxFlowElement',
    });
  });

  const [first, second] = markers;
  if (!first) return { preview: null };
  if (access === 'public') {
    throw new ContentProblem(
      first.line,
      '<Paywall /> in a public post',
      'remove the marker, or set `access: members` or `access: premium` in the frontmatter',
    );
  }
  if (second) {
    throw new ContentProblem(
      second.line,
      `a second <Paywall />${first.line === undefined ? '' : ` (the first is on line ${first.line + bodyLineOffset})`}`,
      'keep exactly one marker: everything above it is the public preview',
    );
  }
  if (!first.topLevel || first.offset === undefined) {
    throw new ContentProblem(
      first.line,
      '<Paywall /> inside another element or inside a line of text',
      'put `<Paywall />` on a line of its own, at the top level of the post, with blank lines around it',
    );
  }
  const preview = body.slice(0, first.offset).trim();
  return { preview: preview === '' ? null : preview };
}
