import { SEARCH_INDEX_PATH, searchChunkHref, searchShardHref } from '@/lib/paths';
import { shardFileName } from '@/lib/search/terms';
import type { SearchManifest } from '@/lib/search/types';

import { request } from './http';

export interface Fetched {
  url: string;
  variant: 'document' | 'rsc';
  status: number;
  body: string;
}

/** The public entry points: the pages a reader starts from, and every channel that lists posts. */
export const PUBLIC_SEEDS = [
  '/',
  '/blog',
  '/pricing',
  '/sign-in',
  '/sign-up',
  '/feed.xml',
  '/feed.json',
  '/sitemap.xml',
  '/robots.txt',
  '/search.json',
];

/** Every file of the search index that the manifest (`/search.json`) names: its term shards and post chunks. */
export function searchIndexPaths(manifestBody: string): string[] {
  const manifest = JSON.parse(manifestBody) as SearchManifest;
  const chunks = Math.ceil(manifest.posts / manifest.chunkSize);
  return [
    ...manifest.shards.map((key) => searchShardHref(shardFileName(key))),
    ...Array.from({ length: chunks }, (_, index) => searchChunkHref(index)),
  ];
}

function linksIn(body: string, base: string): string[] {
  const found = new Set<string>();
  for (const [, href] of body.matchAll(/(?:href|src)="([^"]+)"/g)) {
    if (href === undefined) continue;
    const url = new URL(href.replace(/&amp;/g, '&'), base);
    if (url.origin !== new URL(base).origin) continue;
    if (url.pathname.startsWith('/_next/')) continue;
    found.add(url.pathname);
  }
  for (const [, loc] of body.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    if (loc === undefined) continue;
    const url = new URL(loc, base);
    if (url.origin === new URL(base).origin) found.add(url.pathname);
  }
  return [...found];
}

/** The RSC payload of a page, as a client-side navigation would fetch it. */
export async function fetchRsc(
  path: string,
  base: string,
): Promise<{ status: number; body: string }> {
  const headers = { RSC: '1' };
  let reply = await request(path, { base, headers });
  const location = reply.headers.get('location');
  if (reply.status === 307 && location?.includes('_rsc')) {
    reply = await request(new URL(location, base).pathname + new URL(location, base).search, {
      base,
      headers,
    });
  }
  return reply;
}

/**
 * Every URL an anonymous reader can reach from the public entry points, each fetched as a
 * document and as an RSC payload; from the search index's manifest, every file it names. Bounded,
 * so a link loop cannot make it run forever. A seed that answers 404 fails the crawl: a renamed
 * channel must not silently drop out of the scan.
 */
export async function crawlPublicSite(
  base: string,
  { seeds = PUBLIC_SEEDS, limit = 1000 }: { seeds?: readonly string[]; limit?: number } = {},
): Promise<Fetched[]> {
  const queue = [...seeds];
  const seen = new Set(queue);
  const fetched: Fetched[] = [];
  while (queue.length > 0 && seen.size <= limit) {
    const path = queue.shift()!;
    const page = await request(path, { base, headers: { accept: 'text/html' } });
    if (page.status === 404 && seeds.includes(path))
      throw new Error(
        `The crawl seed ${path} answered 404: seed from the address that serves it now`,
      );
    fetched.push({ url: path, variant: 'document', status: page.status, body: page.body });
    const rsc = await fetchRsc(path, base);
    fetched.push({ url: path, variant: 'rsc', status: rsc.status, body: rsc.body });
    const links =
      path === SEARCH_INDEX_PATH && page.status === 200
        ? searchIndexPaths(page.body)
        : linksIn(page.body, base);
    for (const link of links) {
      if (!seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  return fetched;
}
