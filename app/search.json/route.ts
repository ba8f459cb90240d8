import { currentSearchIndex } from '@/lib/search/site-index';

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post appears here without a redeploy.
export const revalidate = 60;

/** The search index's manifest: which term shards and post chunks there are (public fields only, see searchEntries). */
export function GET() {
  return Response.json(currentSearchIndex().manifest);
}
