import type { IncomingHttpHeaders } from 'node:http';

import { CLERK_CREDENTIALS } from '@/lib/auth/config/private-site-setting.mjs';

/** A Clerk cookie, as the proxy's matcher names them: its cookie condition, which Next matches whole. */
const CLERK_COOKIE = new RegExp(
  `^(?:${CLERK_CREDENTIALS.find((condition) => condition.key === 'cookie')?.value})$`,
);

/** The words of the proxy's first matcher, an encoding, and gift links: the proxy runs for these. */
const PROXIED_PATH = /%|dashboard|settings|private|sign-in|sign-up|gated-reading|^\/gift(?:\/|$)/i;

/**
 * Whether anything may write in a request's notes (request-context.ts): the proxy, wherever its
 * matcher (proxy.ts) may invoke it (a credential, a handshake, a gated word, an encoding, a gift
 * link; a superset of it, checked by a unit test against Next's own matcher), and any method but
 * GET and HEAD (forms, the API). An anonymous GET of a public page needs none, and opens none: no
 * key, no header, nothing kept while it is answered.
 */
export function needsNotes(
  method: string | undefined,
  url: string,
  headers: IncomingHttpHeaders,
): boolean {
  if (method !== 'GET' && method !== 'HEAD') return true;
  if (headers.authorization !== undefined) return true;
  if (headers.cookie !== undefined && CLERK_COOKIE.test(headers.cookie)) return true;
  const query = url.indexOf('?');
  const pathname = query === -1 ? url : url.slice(0, query);
  return PROXIED_PATH.test(pathname) || (query !== -1 && url.includes('__clerk', query));
}
