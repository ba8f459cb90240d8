import path from 'node:path';

import {
  JSON_FEED_PATH,
  RSS_FEED_PATH,
  SEARCH_INDEX_PATH,
  searchChunkHref,
  searchShardHref,
} from '../lib/paths';
import type { SearchManifest } from '../lib/search/types';
import { generatePosts } from '../scripts/lib/generate-posts';
import {
  ratio,
  roundRatios,
  type Row,
  row,
  runAlternatingRounds,
  table,
} from './lib/alternating-rounds';
import { type BenchSite, buildAndStart, generateTestKeys, stopAndRemove } from './lib/bench-site';
import { numberOptions } from './lib/number-options';
import { loadAverage } from './lib/observability-cost';
import { pinServersAndLoad } from './lib/pin-cores';

/**
 * `npm run bench:archive -- [--posts 10000]`: what a reader's request costs on a site of the demo's
 * ten posts and on the same site with `--posts` generated posts beside them, for each kind of page
 * that lists or indexes the archive (the blog index, a tag page, the search index's manifest, a term
 * shard and a post chunk, both feeds) and for an article. The two sites are built in temporary
 * copies and served with `next start`, the rows alternated in rounds, the servers on one core and the
 * load on the other (`taskset`); the last table gives, per page, the large site's server CPU a
 * request over the small site's: 1.00 is a page whose cost does not grow with the archive.
 *
 * The sitemap is left out: it lists every post, so it must grow with the archive.
 */
const options = numberOptions({
  posts: { default: 10000 },
  port: { default: process.env.MASTHEAD_BENCH_PORT ?? 4375 },
  rounds: { default: 4 },
  duration: { default: 5 },
  connections: { default: 10 },
  settle: { default: 2, kind: 'zero-or-more' },
});

/** A tag that the demo's posts and the generated ones share, so that both sites have its page. */
const TAG = 'newsletters';
const ARTICLE = '/blog/static-first-publishing';

/** The pages compared, by what they read: each must answer 200 on both sites. */
async function pagesOf(site: BenchSite): Promise<[label: string, path: string][]> {
  const manifest = (await (
    await fetch(`${site.running.url}${SEARCH_INDEX_PATH}`)
  ).json()) as SearchManifest;
  const shard = manifest.shards.includes('news') ? 'news' : manifest.shards[0];
  if (shard === undefined) throw new Error(`${site.running.url}: the search index has no shard`);
  return [
    ['article', ARTICLE],
    ['blog index', '/blog'],
    [`tag page (${TAG})`, `/tags/${TAG}`],
    ['search manifest', SEARCH_INDEX_PATH],
    [`search term shard (${shard})`, searchShardHref(shard)],
    ['search post chunk 0', searchChunkHref(0)],
    ['RSS feed', RSS_FEED_PATH],
    ['JSON feed', JSON_FEED_PATH],
  ];
}

async function main() {
  const started = Date.now();
  const keys = await generateTestKeys();
  const sites: BenchSite[] = [];
  try {
    sites.push(await buildAndStart({ label: 'archive-small', port: options.port, keys }));
    sites.push(
      await buildAndStart({
        label: 'archive-large',
        port: options.port + 1,
        keys,
        alter: async (dir) => {
          await generatePosts(path.join(dir, 'content', 'posts'), options.posts);
        },
      }),
    );
    const [small, large] = sites as [BenchSite, BenchSite];
    const pairs: [Row, Row][] = [];
    for (const [label, pagePath] of await pagesOf(small)) {
      const at = (site: BenchSite, posts: string) =>
        row(
          `${label}, ${posts}`,
          { url: `${site.running.url}${pagePath}`, expected: [200] },
          options.connections,
          site.running.pid,
        );
      pairs.push([at(small, 'demo posts'), at(large, `+${options.posts} posts`)]);
    }
    await pinServersAndLoad([small.running.pid, large.running.pid]);
    const rows = pairs.flat() as [Row, ...Row[]];
    await runAlternatingRounds(rows, options);

    console.log(
      `\nMasthead archive benchmark: the demo's posts against the demo's + ${options.posts} generated, autocannon -c ${options.connections} -d ${options.duration}, ${options.rounds} alternating rounds, servers on one core and the load on the other, ${new Date().toISOString()}\n`,
    );
    console.log(table(rows));
    console.log(`\nload average at the end (1, 5, 15 min): ${loadAverage()}`);
    console.log(
      `\n| page | +${options.posts} posts / demo posts, server CPU a request | each round | req/s |`,
    );
    console.log('| --- | ---: | --- | ---: |');
    for (const [demo, archive] of pairs) {
      const each = roundRatios(archive, demo, 'serverCpuMs').map((value) => value.toFixed(2));
      console.log(
        `| ${demo.label.replace(/, demo posts$/, '')} | ${ratio(archive, demo, 'serverCpuMs').toFixed(2)} | ${each.join(', ')} | ${ratio(archive, demo, 'rps').toFixed(2)} |`,
      );
    }
    console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await Promise.all(sites.map(stopAndRemove));
  }
}

await main();
