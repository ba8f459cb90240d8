import { currentSearchIndex } from '@/lib/search/site-index';
import { shardFileName, shardKeyFromFileName } from '@/lib/search/terms';

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post's words appear here without a redeploy.
export const revalidate = 60;

export function generateStaticParams(): { shard: string }[] {
  return currentSearchIndex().manifest.shards.map((key) => ({
    shard: `${shardFileName(key)}.json`,
  }));
}

/** One term shard of the search index (`/search/terms/<key>.json`): words of public fields and the posts holding them. */
export async function GET(_request: Request, { params }: { params: Promise<{ shard: string }> }) {
  const { shard } = await params;
  const key = shard.endsWith('.json')
    ? shardKeyFromFileName(shard.slice(0, -'.json'.length))
    : undefined;
  const found = key === undefined ? undefined : currentSearchIndex().shards.get(key);
  return found
    ? Response.json(found)
    : Response.json({ error: 'No such search shard' }, { status: 404 });
}
