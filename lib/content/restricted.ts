import 'server-only';

import { readFileSync } from 'node:fs';
import path from 'node:path';

import restrictedIndex from '@/.content/restricted-index.json';

import type { RestrictedText } from './types';

/**
 * Where the content build writes the full text of each gated post and draft. A read of one file
 * per reading, not an import: an import would put the whole gated archive into the server chunks
 * and the memory of every process that renders one post. `next.config.mjs` traces the folder into
 * the standalone server only with the routes that render a full text, never with a public one.
 */
export const RESTRICTED_TEXT_DIR = path.join('.content', 'restricted-text');

/** The slugs with a restricted text: only one of these names a file, never a request's value as given. */
const slugs = new Set(restrictedIndex.map((entry) => entry.slug));

/** The full text of a gated post or a draft, or undefined when the content build made none for `slug`. */
export function getRestrictedText(slug: string): RestrictedText | undefined {
  if (!slugs.has(slug)) return undefined;
  const file = path.join(process.cwd(), RESTRICTED_TEXT_DIR, `${slug}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as RestrictedText;
}
