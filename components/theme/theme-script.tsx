'use client';

import { THEME_SCRIPT } from '@/lib/theme/theme-script.mjs';

export { THEME_STORAGE_KEY } from '@/lib/theme/theme-script.mjs';

/**
 * Sets the theme before the first paint. Only the server's HTML carries it: a script React renders
 * in the browser (a 404 or an error page re-renders the root layout there) never runs, and React
 * warns about it. React 19 skips the server's script when hydrating `<head>`.
 */
export function ThemeScript() {
  if (typeof window !== 'undefined') return null;
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
