/**
 * Clerk sets `__client_uat` (also with an instance suffix) to the time of the last sign-in, or 0
 * when signed out. It is not secret and proves nothing: it only picks which link a public page
 * shows, and the member area checks the real session itself.
 */
export function hasSignedInCookie(cookie: string): boolean {
  return [...cookie.matchAll(/(?:^|;\s*)__client_uat(?:_[^=;]+)?=(\d+)/g)].some(
    (match) => Number(match[1]) > 0,
  );
}
