'use client';

import { useEffect, useSyncExternalStore } from 'react';

import { THEME_STORAGE_KEY } from './theme-script';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

const isDark = () => document.documentElement.classList.contains('dark');

/** What the script in <head> does: the stored choice, else the system's preference. */
function applyStoredTheme() {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    // Storage may be blocked: follow the system.
  }
  document.documentElement.classList.toggle(
    'dark',
    stored ? stored === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches,
  );
}

/**
 * Switches between light and dark. Choosing what the system prefers anyway forgets the choice,
 * so the site goes back to following the system.
 */
export function ThemeToggle() {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  // A document React draws in the browser (Next.js does so for a 404 found while regenerating a
  // page) never runs the script in <head>: the theme is applied here again, which changes nothing
  // where the script has run.
  useEffect(applyStoredTheme, []);
  function toggle() {
    const next = !isDark();
    document.documentElement.classList.toggle('dark', next);
    try {
      if (next === matchMedia('(prefers-color-scheme: dark)').matches)
        localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, next ? 'dark' : 'light');
    } catch {
      // Storage may be blocked (private mode): the switch still holds for this page.
    }
  }
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark}
      aria-label="Dark theme"
      title="Dark theme"
      className="inline-flex h-9 w-9 items-center justify-center rounded-md hover:bg-stone-100 dark:hover:bg-stone-800"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5 dark:hidden"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="hidden h-5 w-5 dark:block"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    </button>
  );
}
