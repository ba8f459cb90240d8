'use client';

import { ErrorMessage } from '@/components/layout/error-message';
import { HtmlDocument } from './html-document';
import { ReaderShell } from '@/components/layout/reader-shell';

import './globals.css';

/** Shown when the root layout itself fails: it stands in for that layout, so it brings the document and the frame. */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <HtmlDocument>
      <ReaderShell>
        <ErrorMessage reset={reset} />
      </ReaderShell>
    </HtmlDocument>
  );
}
