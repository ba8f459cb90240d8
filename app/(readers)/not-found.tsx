import { NOT_FOUND_METADATA, NotFoundMessage } from '@/components/layout/not-found-message';

export const metadata = NOT_FOUND_METADATA;

/** A 404 from a page of this group, inside the group's own frame. */
export default function NotFound() {
  return <NotFoundMessage />;
}
