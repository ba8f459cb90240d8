/**
 * Measures the readers' site as a reader's browser sees it: first-load JavaScript (gzip bytes
 * transferred), whether Clerk's script loads on each page type, and Lighthouse scores (Debian's
 * chromium) for the home page and the longest public post, mobile and desktop, three runs each
 * with the lighthouse CLI's defaults (it prints the equivalent command line).
 *
 *   npm run measure:readers                 # builds into .next-measure, serves it, measures
 *   MASTHEAD_TEST_REUSE_BUILD=1 npm run measure:readers   # reuses the last measuring build
 *
 * Prints a table and writes test-results/measure-readers.json. It is a measurement, not a test:
 * the figures depend on the machine and its load.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';

import { publishedAmong } from '../lib/content/schedule';
import type { PublicPost } from '../lib/content/types';
import {
  BLOG_PATH,
  postHref,
  PRICING_PATH,
  SEARCH_PATH,
  SIGN_IN_PATH,
  tagHref,
  TAGS_PATH,
} from '../lib/paths';

import { testClerkEnv } from '../scripts/lib/clerk-tokens';
import { buildSite, startSite } from '../scripts/lib/next-site';

import { CHROMIUM_FLAGS as FLAGS, CHROMIUM_PATH as CHROMIUM } from '../scripts/lib/chromium';

const { version: lighthouseVersion } = createRequire(import.meta.url)(
  'lighthouse/package.json',
) as { version: string };

const port = Number(
  process.env.MASTHEAD_MEASURE_PORT || Number(process.env.MASTHEAD_TEST_PORT || 4310) + 6,
);
const LIGHTHOUSE_RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The published public post that takes longest to read (then the longest body): the heaviest article page. */
async function longestPublicPost(): Promise<PublicPost> {
  const posts = JSON.parse(
    await readFile(path.join(process.cwd(), '.content', 'public.json'), 'utf8'),
  ) as PublicPost[];
  const candidates = publishedAmong(posts, new Date()).filter((post) => post.access === 'public');
  const bodyLength = async (post: PublicPost) =>
    (await stat(path.join(process.cwd(), '.content', 'public-text', `${post.slug}.json`))).size;
  const lengths = new Map(
    await Promise.all(candidates.map(async (post) => [post.slug, await bodyLength(post)] as const)),
  );
  const [longest] = candidates.sort(
    (a, b) =>
      b.readingMinutes - a.readingMinutes ||
      (lengths.get(b.slug) ?? 0) - (lengths.get(a.slug) ?? 0),
  );
  if (!longest) throw new Error('No published public post to measure: run npm run content');
  return longest;
}

const LONG_POST = await longestPublicPost();
const POST = postHref(LONG_POST.slug);
const PAGE_TYPES = {
  home: '/',
  'blog index': BLOG_PATH,
  'public post': POST,
  'gated post': postHref('metered-paywalls-on-static-sites'),
  tags: TAGS_PATH,
  tag: tagHref('performance'),
  search: SEARCH_PATH,
  pricing: PRICING_PATH,
  'sign-in': SIGN_IN_PATH,
} as const;

const isClerkScript = (url: URL) =>
  /(^|\.)clerk\./.test(url.hostname) || /clerk\.browser\.js$|ui\.browser\.js$/.test(url.pathname);

interface PageLoad {
  /** Gzip bytes of same-origin JavaScript as transferred (headers included) until the load event. */
  jsFirstLoad: number;
  /** The same without the HTTP response headers: the gzip bodies alone. */
  jsFirstLoadBodies: number;
  /** The same, once the page has gone idle (Next.js prefetches the code of linked pages after load). */
  jsAfterIdle: number;
  /** Bytes of that JavaScript after decompression, until the load event. */
  jsFirstLoadDecoded: number;
  scripts: number;
  clerkScript: boolean;
}

/** Loads a page in a fresh browser context (empty cache) and sums the scripts it fetched. */
async function loadPage(
  browser: import('playwright-core').Browser,
  origin: string,
  pathname: string,
): Promise<PageLoad> {
  const context = await browser.newContext();
  let clerkScript = false;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) return route.continue();
    if (isClerkScript(url)) {
      // What Clerk's script would cost is its own business; here only whether it is asked for.
      clerkScript = true;
      return route.fulfill({ status: 200, contentType: 'application/javascript', body: '' });
    }
    return route.abort();
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Page.enable');
  const scriptIds = new Set<string>();
  const finished = new Map<string, { transferred: number; at: number }>();
  const decoded = new Map<string, number>();
  const bodies = new Map<string, number>();
  let loadAt = Number.POSITIVE_INFINITY;
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script' && new URL(event.response.url).origin === origin)
      scriptIds.add(event.requestId);
  });
  cdp.on('Network.dataReceived', (event) => {
    decoded.set(event.requestId, (decoded.get(event.requestId) ?? 0) + event.dataLength);
    bodies.set(event.requestId, (bodies.get(event.requestId) ?? 0) + event.encodedDataLength);
  });
  cdp.on('Network.loadingFinished', (event) =>
    finished.set(event.requestId, { transferred: event.encodedDataLength, at: event.timestamp }),
  );
  cdp.on('Page.loadEventFired', (event) => (loadAt = Math.min(loadAt, event.timestamp)));
  await page.goto(`${origin}${pathname}`, { waitUntil: 'networkidle' });
  await context.close();
  const load: PageLoad = {
    jsFirstLoad: 0,
    jsFirstLoadBodies: 0,
    jsAfterIdle: 0,
    jsFirstLoadDecoded: 0,
    scripts: 0,
    clerkScript,
  };
  for (const id of scriptIds) {
    const done = finished.get(id);
    if (!done) continue;
    load.jsAfterIdle += done.transferred;
    if (done.at <= loadAt) {
      load.jsFirstLoad += done.transferred;
      load.jsFirstLoadBodies += bodies.get(id) ?? 0;
      load.jsFirstLoadDecoded += decoded.get(id) ?? 0;
      load.scripts += 1;
    }
  }
  return load;
}

type FormFactor = 'mobile' | 'desktop';

type Scores = Record<(typeof CATEGORIES)[number], number> & {
  /** Total blocking time and largest contentful paint, in milliseconds (simulated, as Lighthouse scores them). */
  tbt: number;
  lcp: number;
};

/**
 * What the runs below do, as the lighthouse CLI would be told it: its defaults (mobile is the
 * default config: an emulated mid-range phone, simulated slow 4G and 4x CPU slowdown; desktop is
 * `--preset=desktop`), with the same browser flags.
 */
function lighthouseCommand(url: string, formFactor: FormFactor): string {
  const preset = formFactor === 'desktop' ? ' --preset=desktop' : '';
  return `CHROME_PATH=${CHROMIUM} npx lighthouse ${url} --chrome-flags="${FLAGS.join(' ')}" --only-categories=${CATEGORIES.join(',')}${preset}`;
}

async function lighthouseScores(url: string, formFactor: FormFactor): Promise<Scores> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const ms = (id: string) => Math.round(audits[id]?.numericValue ?? Number.NaN);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      tbt: ms('total-blocking-time'),
      lcp: ms('largest-contentful-paint'),
    };
  } finally {
    chrome.kill();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The distinct values a category took over the runs: `100`, or `92-100` when they differ. */
function range(values: number[]): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? String(low) : `${low}-${high}`;
}

async function main() {
  const build = {
    distDir: '.next-measure',
    port,
    env: testClerkEnv(),
  };
  await buildSite(build);
  const site = await startSite(build);
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    const measured: { name: string; pathname: string; load: PageLoad }[] = [];
    try {
      for (const [name, pathname] of Object.entries(PAGE_TYPES)) {
        console.error(`[measure] loading ${pathname}`);
        measured.push({ name, pathname, load: await loadPage(browser, site.url, pathname) });
      }
    } finally {
      await browser.close();
    }
    console.error(
      `[measure] long post: ${POST} (${LONG_POST.readingMinutes} min read, the longest published public post)`,
    );
    const lighthouseRuns: Record<string, Scores[]> = {};
    // Runs alternate between the pages and form factors, so that the machine's other load hits each alike.
    for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
      for (const pathname of ['/', POST]) {
        for (const formFactor of ['mobile', 'desktop'] as const) {
          console.error(
            `[measure] lighthouse ${formFactor} ${pathname}, run ${run} of ${LIGHTHOUSE_RUNS}`,
          );
          (lighthouseRuns[`${pathname} ${formFactor}`] ??= []).push(
            await lighthouseScores(`${site.url}${pathname}`, formFactor),
          );
        }
      }
    }

    console.log(
      '\nFresh cache, same-origin JavaScript until the load event (bytes; "after idle" adds what loads later):',
    );
    console.log(
      'page type       | path                                      | gzip + headers | gzip bodies | decoded | scripts | after idle | Clerk script',
    );
    for (const { name, pathname, load } of measured) {
      const columns = [
        [load.jsFirstLoad, 14],
        [load.jsFirstLoadBodies, 11],
        [load.jsFirstLoadDecoded, 7],
      ] as const;
      const cells = columns.map(([bytes, width]) => bytes.toLocaleString('en').padStart(width));
      console.log(
        `${name.padEnd(15)} | ${pathname.padEnd(41)} | ${cells.join(' | ')} | ${String(load.scripts).padStart(7)} | ${load.jsAfterIdle.toLocaleString('en').padStart(10)} | ${load.clerkScript ? 'loaded' : 'no'}`,
      );
    }
    console.log(
      `\nLighthouse ${lighthouseVersion} (Debian chromium), ${LIGHTHOUSE_RUNS} runs each; long post: ${POST} (${LONG_POST.readingMinutes} min read, the longest published public post)`,
    );
    console.log(
      'page and form factor                     | performance per run (TBT ms, LCP ms)                 | median | accessibility / best practices / SEO',
    );
    for (const [name, runs] of Object.entries(lighthouseRuns)) {
      const perRun = runs
        .map((scores) => `${scores.performance} (${scores.tbt}, ${scores.lcp})`)
        .join(', ');
      const others = (['accessibility', 'best-practices', 'seo'] as const)
        .map((category) => range(runs.map((scores) => scores[category])))
        .join(' / ');
      console.log(
        `${name.padEnd(40)} | ${perRun.padEnd(52)} | ${String(median(runs.map((scores) => scores.performance))).padStart(6)} | ${others}`,
      );
    }
    console.log(
      '\nEach run is the lighthouse CLI with its defaults (mobile is its default config; desktop is --preset=desktop) and these browser flags:',
    );
    for (const formFactor of ['mobile', 'desktop'] as const)
      console.log(
        `  ${formFactor.padEnd(7)}  ${lighthouseCommand(`${site.url}${POST}`, formFactor)}`,
      );
    const out = path.join(process.cwd(), 'test-results', 'measure-readers.json');
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(
      out,
      JSON.stringify(
        {
          measuredAt: new Date().toISOString(),
          loads: Object.fromEntries(measured.map(({ name, load }) => [name, load])),
          lighthouse: {
            version: lighthouseVersion,
            longPost: POST,
            commands: {
              mobile: lighthouseCommand(`${site.url}${POST}`, 'mobile'),
              desktop: lighthouseCommand(`${site.url}${POST}`, 'desktop'),
            },
            runs: lighthouseRuns,
            medians: Object.fromEntries(
              Object.entries(lighthouseRuns).map(([name, runs]) => [
                name,
                median(runs.map((scores) => scores.performance)),
              ]),
            ),
          },
        },
        null,
        2,
      ),
    );
    console.log(`\nwritten to ${path.relative(process.cwd(), out)}`);
  } finally {
    await site.stop();
  }
}

await main();
