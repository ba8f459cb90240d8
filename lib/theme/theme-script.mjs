// @ts-check
// Plain JavaScript, type-checked from its JSDoc: the security headers (read by next.config.mjs)
// carry this script's hash.

/** localStorage key of an explicit theme choice; without one the site follows the system. */
export const THEME_STORAGE_KEY = 'theme';

// Runs in <head> before the first paint, so a dark page never flashes light (or the reverse).
// It also keeps following the system while the reader has made no choice of their own.
export const THEME_SCRIPT = `(function(){var k=${JSON.stringify(THEME_STORAGE_KEY)},m=matchMedia('(prefers-color-scheme: dark)'),r=document.documentElement;function a(){var s=null;try{s=localStorage.getItem(k)}catch(e){}r.classList.toggle('dark',s?s==='dark':m.matches)}a();m.addEventListener('change',a)})()`;
