import { DASHBOARD_PATH } from '../../paths';

/** Where a member goes after finishing a step, when nothing (or nothing safe) was asked for. */
export const DEFAULT_RETURN_PATH = DASHBOARD_PATH;

/**
 * The one rule for every `redirect_url` the site follows or hands on: a path on this site, or an
 * absolute URL of this site (Clerk sends those), reduced to its path. The check is made on the
 * path as a browser resolves it: `/.//evil.example`, `/a/..//evil.example` and `/\evil.example`
 * all resolve on our origin, but as a path that starts with `//`, which a browser given it as a
 * Location reads as another host. Anything else falls back.
 */
export function safeReturnPath(
  value: string | string[] | undefined,
  origin: string,
  fallback: string = DEFAULT_RETURN_PATH,
): string {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!raw) return fallback;
  const ours = new URL(origin).origin;
  if (!raw.startsWith('/') && !raw.startsWith(`${ours}/`)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, ours);
  } catch {
    return fallback;
  }
  if (url.origin !== ours || /^\/[/\\]/.test(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
