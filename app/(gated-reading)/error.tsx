'use client';

import { ErrorMessage } from '@/components/layout/error-message';

/** An error in a page of this group, inside the group's own frame. */
export default function PageError({ reset }: { error: Error; reset: () => void }) {
  return <ErrorMessage reset={reset} />;
}
