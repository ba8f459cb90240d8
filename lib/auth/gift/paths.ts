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
