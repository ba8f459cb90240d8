/**
 * Gift links live under their own prefix, so that a CDN can bypass its cache for them by path
 * alone: `/gift/<slug>/<token>`. The slug makes the link readable; the token names it too, and
 * a token shown on another post's path opens nothing.
 */
export const GIFT_PREFIX = '/gift';

export function giftPath(slug: string, token: string): string {
  return `${GIFT_PREFIX}/${slug}/${token}`;
}

export function isGiftPath(pathname: string): boolean {
  return pathname === GIFT_PREFIX || pathname.startsWith(`${GIFT_PREFIX}/`);
}

/** A gift path as it may be written to a log: the slug stays, the token does not. */
export function withoutGiftToken(pathname: string): string {
  if (!isGiftPath(pathname)) return pathname;
  const [, , slug] = pathname.split('/');
  return slug === undefined ? pathname : `${GIFT_PREFIX}/${slug}/…`;
}
