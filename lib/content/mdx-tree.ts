import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

import { remarkSyntaxPlugins } from './mdx-pipeline';

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

type Point = { line?: number; column?: number };

/** The MDX parser's or compiler's message as a ContentProblem at its line and column. */
export function mdxProblem(error: unknown): ContentProblem {
  const message = error as Point & {
    place?: Point & { start?: Point };
    reason?: string;
    message: string;
  };
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

// The syntax the compiler reads (MDX, and the same remark syntax plugins as the compile), so
// that the check, the paywall split and the table of contents see the tree the reader gets.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkSyntaxPlugins);

/** The syntax tree of an MDX body; a body that does not parse throws a ContentProblem. */
export function parseMdx(body: string): Root {
  try {
    return parser.parse(body);
  } catch (error) {
    throw mdxProblem(error);
  }
}
