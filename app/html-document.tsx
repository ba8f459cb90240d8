import type { ReactNode } from 'react';

import { displayFace, textFace } from '@/components/layout/fonts';
import { ThemeScript } from '@/components/theme/theme-script';
import { site } from '@/lib/config';

/** On <html>: the CSS variables that name the site's faces (globals.css builds its font stacks on them). */
const FONT_VARIABLES = `${textFace.variable} ${displayFace.variable}`;

/** The body is a column whose main landmark takes the free height (SiteMain): a short page keeps its footer at the bottom. */
const BODY_CLASS =
  'flex min-h-dvh flex-col bg-white font-sans text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100';

/** The document around every page: the root layout's, and the global error page's, which stands in for that layout when it fails. */
export function HtmlDocument({ children }: { children: ReactNode }) {
  return (
    // The theme script sets the `dark` class before React hydrates: that difference is expected.
    <html lang={site.locale} className={FONT_VARIABLES} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className={BODY_CLASS}>{children}</body>
    </html>
  );
}
