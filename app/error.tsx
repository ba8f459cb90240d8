'use client';

import { ErrorMessage } from '@/components/layout/error-message';
import { ReaderShell } from '@/components/layout/reader-shell';

/** An error in a group's layout: no group's frame is left around it, so it brings the readers'. */
export default function RootError({ reset }: { error: Error; reset: () => void }) {
  return (
    <ReaderShell>
      <ErrorMessage reset={reset} />
    </ReaderShell>
  );
}
