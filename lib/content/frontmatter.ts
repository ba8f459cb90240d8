import { isMap, isScalar, LineCounter, parseDocument, stringify } from 'yaml';

import type { FrontmatterInput } from './schema';

/** A post file cut into its frontmatter and body, with what is needed to give line numbers. */
export interface ParsedFile {
  data: Record<string, unknown>;
  /** The 1-based file line of each top-level frontmatter key. */
  keyLines: Record<string, number>;
  body: string;
  /** Add this to a 1-based body line to get the file line. */
  bodyLineOffset: number;
}

export class FrontmatterError extends Error {
  constructor(
    readonly line: number,
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parsePostFile(source: string): ParsedFile {
  const match = FENCE.exec(source);
  const yamlText = match?.[1];
  if (!match || yamlText === undefined) {
    throw new FrontmatterError(
      1,
      'no frontmatter',
      'start the file with a `---` line, the fields (title, date, summary), and a closing `---` line',
    );
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const [error] = doc.errors;
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line + 1;
    throw new FrontmatterError(
      line,
      `frontmatter is not valid YAML: ${error.message.split('\n')[0]}`,
      'quote values that contain ":" or "#", and indent lists consistently',
    );
  }
  const keyLines: Record<string, number> = {};
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (isScalar(item.key) && item.key.range) {
        keyLines[String(item.key.value)] = lineCounter.linePos(item.key.range[0]).line + 1;
      }
    }
  } else if (doc.contents !== null) {
    throw new FrontmatterError(
      2,
      'frontmatter is not a list of `field: value` lines',
      'write one `field: value` per line',
    );
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const body = source.slice(match[0].length);
  const bodyLineOffset = match[0].split('\n').length - 1;
  return { data, keyLines, body, bodyLineOffset };
}

/** The frontmatter block that opens a post file, with the fields in the order given; parsePostFile reads it back. */
export function frontmatterBlock(fields: FrontmatterInput): string {
  // No folding: one field per line is what editors and the check's line numbers expect.
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n`;
}
