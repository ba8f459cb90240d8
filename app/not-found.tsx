import { ReaderShell } from '@/components/layout/reader-shell';
import { NOT_FOUND_METADATA, NotFoundMessage } from '@/components/layout/not-found-message';

export const metadata = NOT_FOUND_METADATA;

/** An address no route matches (or a layout's own 404): no group's frame is around it, so it brings the readers'. */
export default function NotFound() {
  return (
    <ReaderShell>
      <NotFoundMessage />
    </ReaderShell>
  );
}
