/** The setting that turns the proxy protected-first: every page for signed-in editors only. */
export const PRIVATE_SITE_VARIABLE = 'MASTHEAD_PRIVATE_SITE';

const ON = new Set(['true', '1', 'yes', 'on']);
const OFF = new Set(['', 'false', '0', 'no', 'off']);

let warned = false;

/**
 * Read on every request, at run time, so one build serves as the public site or as a private
 * preview depending on how it is started. A value that is neither on nor off closes the site:
 * a typo must not publish a staging copy.
 */
export function isPrivateSite(value: string | undefined = process.env[PRIVATE_SITE_VARIABLE]): boolean {
  const normalized = (value ?? '').trim().toLowerCase();
  if (ON.has(normalized)) return true;
  if (OFF.has(normalized)) return false;
  if (!warned) {
    warned = true;
    console.error(`${PRIVATE_SITE_VARIABLE}="${value}" is neither true nor false: serving the site as private. Set it to true or false.`);
  }
  return true;
}
