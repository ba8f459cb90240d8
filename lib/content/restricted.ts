import 'server-only';

import restrictedTexts from '@/.content/restricted.json';

import type { PublicPost, RestrictedText } from './types';

/**
 * The full text of gated posts and drafts. Only the member area imports this module; the public
 * routes never do, so their server and client code holds no gated sentence.
 */
const bySlug = new Map(restrictedTexts.map((text) => [text.slug, text]));

export function getRestrictedText(slug: string): RestrictedText | undefined {
  return bySlug.get(slug);
}

/**
 * The whole of a published post as its page shows it, for a reader whom the access rules have let
 * read it in full: a public post's is in the public index, a gated post's here.
 */
export function fullBodyHtml(post: PublicPost): string {
  if (post.access === 'public') return post.publicBodyHtml ?? '';
  const text = bySlug.get(post.slug);
  if (!text) throw new Error(`The content build has no full text for the gated post "${post.slug}": run npm run content`);
  return text.bodyHtml;
}
