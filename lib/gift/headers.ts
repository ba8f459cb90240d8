/**
 * Headers of every answer under the gift prefix, valid link or not: no cache keeps it, no search
 * engine lists it, and no link the reader follows from it tells the next site the token.
 */
export const GIFT_HEADERS = {
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex',
  'Referrer-Policy': 'no-referrer',
} as const;

export function withGiftHeaders(res: Response): Response {
  for (const [name, value] of Object.entries(GIFT_HEADERS)) res.headers.set(name, value);
  return res;
}
