// @ts-check
// Plain JavaScript, type-checked from its JSDoc: next.config.mjs reads the site's build settings
// through this, before any TypeScript is compiled.

const ON = new Set(['true', '1', 'yes', 'on']);
const OFF = new Set(['', 'false', '0', 'no', 'off']);

/**
 * An on/off setting from the environment: true, false, or undefined for a value that is neither,
 * which each setting resolves in its own safe direction.
 * @param {string | undefined} value
 * @returns {boolean | undefined}
 */
export function readSwitch(value) {
  const normalized = (value ?? '').trim().toLowerCase();
  if (ON.has(normalized)) return true;
  if (OFF.has(normalized)) return false;
  return undefined;
}
