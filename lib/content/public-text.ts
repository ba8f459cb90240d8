import 'server-only';

import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { PostWithPublicHtml, PublicPost, PublicText } from './types';

/**
 * Where the content build writes each post's public text. A read of the file, not an import: an
 * import would have Turbopack compile every body into the server chunks and each prerendering
 * worker parse the whole archive, while a page needs one post's text (`next.config.mjs` traces the
 * folder into the standalone server).
 */
export const PUBLIC_TEXT_DIR = path.join('.content', 'public-text');

/** The public text of a post of the public index (only its slug names a file, never a request's). */
export function getPublicText(post: PublicPost): PublicText {
  const file = path.join(process.cwd(), PUBLIC_TEXT_DIR, `${post.slug}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as PublicText;
}

/** Posts with their public text as plain HTML, for the few a feed carries or the search index. */
export function withPublicHtml(posts: PublicPost[]): PostWithPublicHtml[] {
  return posts.map((post) => ({ ...post, publicHtml: getPublicText(post).html }));
}
