import { NotFoundMessage } from '@/components/layout/not-found-message';

/** A 404 from a page of this group, inside the group's own frame. */
export default function NotFound() {
  return <NotFoundMessage />;
}
