import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, inject, it } from 'vitest';

import { buildSearchIndex } from '@/lib/search/build';
import { PUBLIC_TEXT_DIR, withPublicHtml } from '@/lib/content/public-text';
import { RESTRICTED_TEXT_DIR } from '@/lib/content/restricted';
import type { PublicPost } from '@/lib/content/types';
import { searchEntries } from '@/lib/search/entries';
import { words } from '@/lib/search/terms';
import type { TermShard } from '@/lib/search/types';

import {
  crawlPublicSite,
  type Fetched,
  fetchRsc,
  PUBLIC_SEEDS,
  searchIndexPaths,
} from '../support/crawl';
import {
  leaksIn,
  publishedSlugs,
  secretSentences,
  secretWords,
  unreleasedPosts,
} from '../support/gated-text';
import { invalidGiftPaths, mintGiftToken } from '../support/gift-links';
import { as, request } from '../support/http';

const root = path.resolve(import.meta.dirname, '..', '..');
const secrets = secretSentences();
// A scheduled post's public part sits in the public index and the public routes' server code, so
// that it appears at its date without a redeploy; neither is ever served, and every served file
// and response is still scanned with `secrets`, which holds it back until the date.
const serverSecrets = secretSentences(undefined, undefined, { scheduledOpenParts: false });
// The search index stores words, not sentences: words that only gated text holds.
const gatedWords = secretWords();

/** The words a search index's term shards hold. */
function indexedWords(shards: TermShard[]): Set<string> {
  return new Set(shards.flatMap((shard) => Object.keys(shard.terms)));
}

let crawled: Promise<Fetched[]> | undefined;
const crawl = () => (crawled ??= crawlPublicSite(inject('siteUrl')));

function filesUnder(dir: string, keep: (file: string) => boolean = () => true): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .map((entry) => path.join(dir, entry))
    .filter((file) => statSync(file).isFile() && keep(file));
}

/** The full texts of gated posts and drafts, one file a post (lib/content/restricted.ts). */
const restrictedTexts = () =>
  filesUnder(path.join(root, RESTRICTED_TEXT_DIR), (file) => file.endsWith('.json'));

/**
 * The routes that render a gated post's full text, or list the member's gated posts: the gift view
 * per request, behind its token check; the readings, behind the proxy's rewrite and their own
 * addresses; the member area, the editors' area and the private API, behind the proxy and their
 * own checks.
 */
const gatedRoutes = [
  `${path.sep}(members)${path.sep}`,
  `${path.sep}(gated-reading)${path.sep}`,
  `${path.sep}(editors)${path.sep}`,
  `${path.sep}api${path.sep}private${path.sep}`,
  `${path.sep}(gift)${path.sep}`,
];
const isGatedRoute = (file: string) => gatedRoutes.some((route) => file.includes(route));

/** The files a route's server trace lists (`<route>.js.nft.json`), as absolute paths. */
function tracedFiles(trace: string): string[] {
  const { files } = JSON.parse(readFileSync(trace, 'utf8')) as { files: string[] };
  return files.map((file) => path.resolve(path.dirname(trace), file));
}

const prerendered = (file: string) =>
  /\.(html|rsc|body|meta|txt|xml|json)$/.test(file) || file.includes('.segments');

/** The renderings of gated posts for signed-in readers (lib/auth/proxy/readings): served only through the proxy's rewrite. */
const readingsDir = (distDir: string) => path.join(root, distDir, 'server', 'app', 'gated-reading');

/**
 * What the build serves as files at their own addresses: static chunks, public/, and the
 * prerendered pages and payloads, but the readings, which no address opens (tested below).
 */
function servedFiles(distDir: string): string[] {
  return [
    ...filesUnder(path.join(root, distDir, 'static')),
    ...filesUnder(path.join(root, 'public')),
    ...filesUnder(
      path.join(root, distDir, 'server', 'app'),
      (file) => prerendered(file) && !file.startsWith(readingsDir(distDir)),
    ),
  ];
}

/** The build's secret behind the readings' addresses (lib/auth/proxy/readings/lock.ts). */
const buildSecret = (
  JSON.parse(readFileSync(path.join(root, '.content', 'reading-lock.json'), 'utf8')) as {
    lock: string;
  }
).lock;

describe('no gated or draft text in any public channel', () => {
  it('has secret sentences to look for', () => {
    expect(secrets.size).toBeGreaterThan(20);
  });

  it('finds none in any page or RSC payload an anonymous reader can reach', async () => {
    const fetched = await crawl();
    const pages = fetched.filter((f) => f.variant === 'document' && f.status === 200);
    expect(pages.map((p) => p.url)).toEqual(
      expect.arrayContaining([
        '/',
        '/blog',
        '/blog/pricing-a-membership-tier',
        '/authors/ada-lindqvist',
        '/authors/tomas-okafor',
        '/search.json',
        '/search/posts/0.json',
      ]),
    );
    expect(fetched.filter((f) => PUBLIC_SEEDS.includes(f.url)).map((f) => f.status)).not.toContain(
      404,
    );
    expect(fetched.filter((f) => f.variant === 'rsc' && f.status === 200).length).toBeGreaterThan(
      5,
    );
    const leaks = fetched.flatMap((f) =>
      leaksIn(f.body, secrets).map((s) => `${f.url} (${f.variant}): ${s}`),
    );
    expect(leaks).toEqual([]);
    console.info(
      `leak scan: ${fetched.length} responses from ${new Set(fetched.map((f) => f.url)).size} public URLs`,
    );
  });

  it('finds no word that only gated text holds in any file of the search index, and scans every file', async () => {
    expect(gatedWords.size).toBeGreaterThan(20);
    const fetched = await crawl();
    const manifest = fetched.find((f) => f.url === '/search.json' && f.variant === 'document');
    expect(manifest?.status).toBe(200);
    const files = searchIndexPaths(manifest!.body);
    const shards = files.filter((file) => file.startsWith('/search/terms/'));
    expect(shards.length).toBeGreaterThan(50);
    const served = fetched.filter((f) => f.variant === 'document' && files.includes(f.url));
    expect(served.map((f) => `${f.url} ${f.status}`).sort()).toEqual(
      files.map((file) => `${file} 200`).sort(),
    );
    const indexed = indexedWords(
      served.filter((f) => shards.includes(f.url)).map((f) => JSON.parse(f.body) as TermShard),
    );
    expect(indexed).toContain('static');
    expect([...indexed].filter((word) => gatedWords.has(word))).toEqual([]);
  });

  it('would see gated words in a search index built with gated text', () => {
    const gatedText = restrictedTexts()
      .map((file) => (JSON.parse(readFileSync(file, 'utf8')) as { html: string }).html)
      .join(' ');
    expect(words(gatedText).filter((word) => gatedWords.has(word)).length).toBeGreaterThan(20);
    const publicPosts = JSON.parse(
      readFileSync(path.join(root, '.content', 'public.json'), 'utf8'),
    ) as PublicPost[];
    const [first, ...rest] = searchEntries(withPublicHtml(publicPosts));
    const leaky = buildSearchIndex([{ ...first!, text: `${first!.text} ${gatedText}` }, ...rest]);
    expect(
      [...indexedWords([...leaky.shards.values()])].filter((word) => gatedWords.has(word)).length,
    ).toBeGreaterThan(20);
  });

  it('fails, rather than scanning less, when a seed answers 404', async () => {
    await expect(
      crawlPublicSite(inject('siteUrl'), { seeds: ['/robots.txt', '/search-index.json'] }),
    ).rejects.toThrow('/search-index.json answered 404');
  });

  it('finds none on the gift route for any invalid link to any gated post, nor for any link to an unreleased one', async () => {
    const key = inject('giftKeys').newest;
    const gated = [...publishedSlugs('members'), ...publishedSlugs('premium')];
    expect(gated.length).toBeGreaterThan(1);
    const paths = [
      ...gated.flatMap((slug, index) =>
        invalidGiftPaths(key, slug, gated[(index + 1) % gated.length]!).map(({ path }) => path),
      ),
      ...unreleasedPosts().map((post) => `/gift/${post.slug}/${mintGiftToken(key, post.slug)}`),
    ];
    const leaks: string[] = [];
    for (const path of paths) {
      const page = await request(path, { headers: { accept: 'text/html' } });
      expect(page.status, path).toBeLessThan(500);
      expect(page.headers.get('cache-control'), path).toBe('private, no-store');
      const rsc = await fetchRsc(path, inject('siteUrl'));
      expect(rsc.status, `${path} (rsc)`).toBeLessThan(300);
      for (const [variant, reply] of [
        ['document', page],
        ['rsc', rsc],
      ] as const)
        leaks.push(...leaksIn(reply.body, secrets).map((s) => `${path} (${variant}): ${s}`));
    }
    expect(leaks).toEqual([]);
    console.info(`leak scan: ${paths.length * 2} gift-route responses`);
  });

  it('finds none in any file the build serves, nor in the public content index and texts', () => {
    const files = servedFiles(inject('distDir'));
    expect(files.some((f) => f.includes(`${path.sep}static${path.sep}chunks${path.sep}`))).toBe(
      true,
    );
    expect(files.some((f) => f.endsWith('.rsc'))).toBe(true);
    const leaks = files.flatMap((file) =>
      leaksIn(readFileSync(file, 'utf8'), secrets).map((s) => `${path.relative(root, file)}: ${s}`),
    );
    expect(leaks).toEqual([]);
    const index = path.join(root, '.content', 'public.json');
    expect(leaksIn(readFileSync(index, 'utf8'), serverSecrets)).toEqual([]);
    const publicTexts = filesUnder(path.join(root, PUBLIC_TEXT_DIR), (file) =>
      file.endsWith('.json'),
    );
    expect(publicTexts.length).toBe((JSON.parse(readFileSync(index, 'utf8')) as unknown[]).length);
    expect(
      publicTexts.flatMap((file) =>
        leaksIn(readFileSync(file, 'utf8'), serverSecrets).map(
          (s) => `${path.relative(root, file)}: ${s}`,
        ),
      ),
    ).toEqual([]);
    expect(files.filter((file) => readFileSync(file, 'utf8').includes(buildSecret))).toEqual([]);
    console.info(`leak scan: ${files.length} served files`);
  });

  it('keeps the readings’ prerendered files, which hold the gated text, behind the proxy: none opens at its own address', async () => {
    const files = filesUnder(readingsDir(inject('distDir')), (file) => file.endsWith('.html'));
    expect(files.length).toBeGreaterThan(3);
    expect(
      files.flatMap((file) => leaksIn(readFileSync(file, 'utf8'), secrets)).length,
    ).toBeGreaterThan(0);
    for (const file of files) {
      const address = `/${path
        .relative(path.join(root, inject('distDir'), 'server', 'app'), file)
        .replace(/\.html$/, '')
        .split(path.sep)
        .join('/')}`;
      for (const identity of ['anonymous', 'subscriber'] as const) {
        const reply = await request(address, {
          headers: await as(identity, { accept: 'text/html' }),
        });
        expect(reply.status, `${identity} ${address}`).toBe(404);
        expect(leaksIn(reply.body, secrets), address).toEqual([]);
      }
    }
  });

  it('never shows the build’s secret behind the readings’ addresses, to any reader', async () => {
    expect(buildSecret.length).toBeGreaterThan(20);
    const fetched = await crawl();
    expect(fetched.filter((f) => f.body.includes(buildSecret)).map((f) => f.url)).toEqual([]);
    const reading = await request('/blog/pricing-a-membership-tier', {
      headers: await as('subscriber'),
    });
    expect(reading.body).not.toContain(buildSecret);
    expect([...reading.headers.values()].join('\n')).not.toContain(buildSecret);
  });

  it('finds none in the server code of any public route: the full text is only bundled for the member area', () => {
    const distDir = path.join(root, inject('distDir'));
    const entries = filesUnder(path.join(distDir, 'server', 'app'), (file) =>
      /(page|route)\.js$/.test(file),
    ).filter((file) => !isGatedRoute(file));
    expect(entries.some((file) => file.includes(`blog${path.sep}[slug]`))).toBe(true);
    const chunks = new Set(
      entries.flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/server\/chunks\/[^"]+\.js/g)].map(
          ([chunk]) => chunk,
        ),
      ),
    );
    const leaks = [...entries, ...[...chunks].map((chunk) => path.join(distDir, chunk))].flatMap(
      (file) =>
        leaksIn(readFileSync(file, 'utf8'), serverSecrets).map(
          (s) => `${path.relative(root, file)}: ${s}`,
        ),
    );
    expect(chunks.size).toBeGreaterThan(10);
    expect(leaks).toEqual([]);
  });

  it('traces the full texts into the standalone server with the routes that render one, and no file a public route traces holds a gated sentence', () => {
    const traces = filesUnder(path.join(root, inject('distDir'), 'server', 'app'), (file) =>
      file.endsWith('.nft.json'),
    );
    const inRestrictedDir = (file: string) =>
      file.startsWith(path.join(root, RESTRICTED_TEXT_DIR) + path.sep);
    const texts = restrictedTexts();
    expect(texts.length).toBeGreaterThan(3);
    for (const route of ['(gated-reading)', '(gift)'])
      expect(
        [
          ...new Set(
            traces
              .filter((trace) => trace.includes(`${path.sep}${route}${path.sep}`))
              .flatMap(tracedFiles)
              .filter(inRestrictedDir),
          ),
        ].sort(),
        route,
      ).toEqual(texts.sort());
    const publicTraces = traces.filter((trace) => !isGatedRoute(trace));
    expect(publicTraces.some((trace) => trace.includes(`blog${path.sep}[slug]`))).toBe(true);
    const traced = new Set(publicTraces.flatMap(tracedFiles));
    expect([...traced].filter(inRestrictedDir)).toEqual([]);
    // The project's own files (the content build's, the server chunks): a gated sentence copied
    // anywhere a public route reads at run time. Installed packages hold no post.
    const ownFiles = [...traced].filter(
      (file) =>
        !file.includes(`${path.sep}node_modules${path.sep}`) &&
        existsSync(file) &&
        statSync(file).isFile(),
    );
    expect(ownFiles.some((file) => file.includes(PUBLIC_TEXT_DIR))).toBe(true);
    const leaks = ownFiles.flatMap((file) =>
      leaksIn(readFileSync(file, 'utf8'), serverSecrets).map(
        (s) => `${path.relative(root, file)}: ${s}`,
      ),
    );
    expect(leaks).toEqual([]);
    console.info(
      `leak scan: ${ownFiles.length} files traced for ${publicTraces.length} public routes`,
    );
  });

  it('would see a leak: the same scan finds the gated text where it is meant to be', async () => {
    const [sentence, slug] = [...secrets.entries()].find(
      ([, s]) => s === 'pricing-a-membership-tier',
    )!;
    const page = await request(`/blog/${slug}`, { headers: await as('subscriber') });
    expect(page.status).toBe(200);
    expect(leaksIn(page.body, secrets)).toContain(sentence);
    const gift = await request(`/gift/${slug}/${mintGiftToken(inject('giftKeys').newest, slug)}`);
    expect(leaksIn(gift.body, secrets)).toContain(sentence);
    expect(
      restrictedTexts().flatMap((file) => leaksIn(readFileSync(file, 'utf8'), secrets)),
    ).toContain(sentence);
    // A scheduled public post's text waits in its public text file for its date: the scan of
    // those files, which leaves it out of what it looks for, reads their text.
    const publicTexts = filesUnder(path.join(root, PUBLIC_TEXT_DIR), (file) =>
      file.endsWith('.json'),
    );
    expect(
      publicTexts.flatMap((file) => leaksIn(readFileSync(file, 'utf8'), secrets)).length,
    ).toBeGreaterThan(0);
  });
});
