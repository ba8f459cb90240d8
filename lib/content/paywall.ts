import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

import type { Access } from './schema';

export const PAYWALL_COMPONENT = 'Paywall';

/** A problem in a post's body, with its line counted from the first line of the body. */
export class ContentProblem extends Error {
  constructor(
    readonly line: number | undefined,
    message: string,
    readonly fix: string,
  ) {
    super(message);
    this.name = 'ContentProblem';
  }
}

const parser = unified().use(remarkParse).use(remarkMdx);

type Point = { line?: number; column?: number };

/** The MDX compiler's message as a ContentProblem at its line and column. */
export function mdxCompileProblem(error: unknown): ContentProblem {
  const message = error as Point & { place?: Point & { start?: Point }; reason?: string; message: string };
  const point = message.place?.start ?? message.place ?? message;
  // Some messages (an unclosed tag) carry their place only in the text, as "(4:1-4:10)".
  const inText = / \((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(message.message);
  const line = point.line ?? (inText ? Number(inText[1]) : undefined);
  const column = point.column ?? (inText ? Number(inText[2]) : undefined);
  return new ContentProblem(
    line,
    `MDX does not compile: ${(message.reason ?? message.message).replace(/ \(\d+:\d+(-\d+:\d+)?\)$/, '')}${column ? ` (column ${column})` : ''}`,
    'fix the MDX syntax there: close every tag, escape a literal "<" or "{" as "\\<" or "\\{"',
  );
}

export function parseMdxBody(body: string): Root {
  try {
    return parser.parse(body);
  } catch (error) {
    throw mdxCompileProblem(error);
  }
}

function isPaywall(node: RootContent | Root): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as { name: string | null }).name === PAYWALL_COMPONENT;
}

/**
 * Finds the `<Paywall />` marker of a post and returns the public preview: the MDX source above
 * it. `null` means the post has no preview beyond its summary. Misuse throws a ContentProblem.
 */
export function splitAtPaywall(body: string, access: Access): { preview: string | null } {
  return splitParsedAtPaywall(parseMdxBody(body), body, access);
}

/** splitAtPaywall for a body already parsed (by parseMdxBody or the MDX compiler's own parser). */
export function splitParsedAtPaywall(tree: Root, body: string, access: Access): { preview: string | null } {
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
    throw new ContentProblem(first.line, '<Paywall /> in a public post', 'remove the marker, or set `access: members` or `access: premium` in the frontmatter');
  }
  if (second) {
    throw new ContentProblem(
      second.line,
      `a second <Paywall /> (the first is on body line ${first.line})`,
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
