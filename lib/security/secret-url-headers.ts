/**
 * Headers of every answer at an address that holds a secret (a gift link, a private feed URL),
 * valid or not: no cache keeps it, no search engine lists it, and no link followed from it tells
 * the next site the secret.
 */
export const SECRET_URL_HEADERS = {
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex',
  'Referrer-Policy': 'no-referrer',
} as const;

export function withSecretUrlHeaders(res: Response): Response {
  for (const [name, value] of Object.entries(SECRET_URL_HEADERS)) res.headers.set(name, value);
  return res;
}
