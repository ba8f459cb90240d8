/** Where a member goes after finishing a step, when nothing (or nothing safe) was asked for. */
export const DEFAULT_RETURN_PATH = '/dashboard';

/**
 * A `redirect_url` from the query, reduced to a path on this site: another origin, a
 * protocol-relative `//host` or a `javascript:` URL must not become a link we send people to.
 */
export function safeReturnPath(value: string | string[] | undefined, origin: string): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return DEFAULT_RETURN_PATH;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return DEFAULT_RETURN_PATH;
  }
  if (url.origin !== new URL(origin).origin) return DEFAULT_RETURN_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}
