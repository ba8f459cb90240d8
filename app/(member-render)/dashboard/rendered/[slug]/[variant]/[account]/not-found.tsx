import { NotFoundMessage } from '@/components/layout/not-found-message';

/** The member area's 404, inside its frame: what a member asking for an unknown or unpublished post sees. */
export default function NotFound() {
  return <NotFoundMessage />;
}
