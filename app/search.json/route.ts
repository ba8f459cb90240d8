import { getPublishedPosts } from '@/lib/content/posts';
import { searchEntries } from '@/lib/search/entries';

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post appears here without a redeploy.
export const revalidate = 60;

/** The static search index the search page loads: public fields only (see searchEntries). */
export function GET() {
  return Response.json(searchEntries(getPublishedPosts()));
}
