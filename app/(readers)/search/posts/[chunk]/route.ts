import { currentSearchIndex } from '@/lib/search/site-index';

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post appears here without a redeploy.
export const revalidate = 60;

export function generateStaticParams(): { chunk: string }[] {
  return currentSearchIndex().chunks.map((_, index) => ({ chunk: `${index}.json` }));
}

/** One chunk of the search index's posts (`/search/posts/<n>.json`): what a result shows of each. */
export async function GET(_request: Request, { params }: { params: Promise<{ chunk: string }> }) {
  const { chunk } = await params;
  const index = /^(0|[1-9]\d{0,8})\.json$/.exec(chunk)?.[1];
  const found = index === undefined ? undefined : currentSearchIndex().chunks[Number(index)];
  return found
    ? Response.json(found)
    : Response.json({ error: 'No such search chunk' }, { status: 404 });
}
