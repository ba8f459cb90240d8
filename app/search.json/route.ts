import { getPublishedPosts } from '@/lib/content/posts';
import { searchEntries } from '@/lib/search/entries';

// Seconds: a scheduled post appears this long after its date at the latest, without a rebuild.
export const revalidate = 60;

/** The static search index the search page loads: public fields only (see searchEntries). */
export function GET() {
  return Response.json(searchEntries(getPublishedPosts()));
}
