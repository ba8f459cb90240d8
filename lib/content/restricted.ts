import 'server-only';

import restrictedTexts from '@/.content/restricted.json';

import type { RestrictedText } from './types';

/**
 * The full text of gated posts and drafts. Only the member area imports this module; the public
 * routes never do, so their server and client code holds no gated sentence.
 */
const bySlug = new Map(restrictedTexts.map((text) => [text.slug, text]));

export function getRestrictedText(slug: string): RestrictedText | undefined {
  return bySlug.get(slug);
}
