'use client';

import { BODY_CLASS, FONT_VARIABLES } from '@/components/layout/document';
import { ErrorMessage } from '@/components/layout/error-message';
import { ReaderShell } from '@/components/layout/reader-shell';
import { ThemeScript } from '@/components/theme/theme-script';
import { site } from '@/lib/config';

import './globals.css';

/** Shown when the root layout itself fails: it stands in for that layout, so it brings the document and the frame. */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang={site.locale} className={FONT_VARIABLES} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className={BODY_CLASS}>
        <ReaderShell>
          <ErrorMessage reset={reset} />
        </ReaderShell>
      </body>
    </html>
  );
}
