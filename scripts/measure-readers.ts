/**
 * Measures the readers' site as a reader's browser sees it: first-load JavaScript (gzip bytes
 * transferred), whether Clerk's script loads on each page type, and Lighthouse 12.2.3 scores
 * (Debian's chromium) for the home page and a post, mobile and desktop.
 *
 *   npm run measure:readers                 # builds into .next-measure, serves it, measures
 *   MASTHEAD_TEST_REUSE_BUILD=1 npm run measure:readers   # reuses the last measuring build
 *
 * Prints a table and writes test-results/measure-readers.json. It is a measurement, not a test:
 * the figures depend on the machine and its load.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';

import { BLOG_PATH, postHref, PRICING_PATH, SEARCH_PATH, SIGN_IN_PATH, tagHref, TAGS_PATH } from '../lib/paths';

import { testClerkEnv } from './lib/clerk-tokens';
import { buildSite, startSite } from './lib/next-site';

import { CHROMIUM_FLAGS as FLAGS, CHROMIUM_PATH as CHROMIUM } from './lib/chromium';

const port = Number(process.env.MASTHEAD_MEASURE_PORT || Number(process.env.MASTHEAD_TEST_PORT || 4310) + 6);
const POST = postHref('static-first-publishing');
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

const isClerkScript = (url: URL) => /(^|\.)clerk\./.test(url.hostname) || /clerk\.browser\.js$|ui\.browser\.js$/.test(url.pathname);

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
async function loadPage(browser: import('playwright-core').Browser, origin: string, pathname: string): Promise<PageLoad> {
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
    if (event.type === 'Script' && new URL(event.response.url).origin === origin) scriptIds.add(event.requestId);
  });
  cdp.on('Network.dataReceived', (event) => {
    decoded.set(event.requestId, (decoded.get(event.requestId) ?? 0) + event.dataLength);
    bodies.set(event.requestId, (bodies.get(event.requestId) ?? 0) + event.encodedDataLength);
  });
  cdp.on('Network.loadingFinished', (event) => finished.set(event.requestId, { transferred: event.encodedDataLength, at: event.timestamp }));
  cdp.on('Page.loadEventFired', (event) => (loadAt = Math.min(loadAt, event.timestamp)));
  await page.goto(`${origin}${pathname}`, { waitUntil: 'networkidle' });
  await context.close();
  const load: PageLoad = { jsFirstLoad: 0, jsFirstLoadBodies: 0, jsAfterIdle: 0, jsFirstLoadDecoded: 0, scripts: 0, clerkScript };
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

type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

async function lighthouseScores(url: string, formFactor: 'mobile' | 'desktop'): Promise<Scores> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    return { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') };
  } finally {
    chrome.kill();
  }
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
    const lighthouseRuns: Record<string, Scores> = {};
    for (const pathname of ['/', POST]) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        console.error(`[measure] lighthouse ${formFactor} ${pathname}`);
        lighthouseRuns[`${pathname} ${formFactor}`] = await lighthouseScores(`${site.url}${pathname}`, formFactor);
      }
    }

    console.log('\nFresh cache, same-origin JavaScript until the load event (bytes; "after idle" adds what loads later):');
    console.log('page type       | path                                      | gzip + headers | gzip bodies | decoded | scripts | after idle | Clerk script');
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
    console.log('\nLighthouse 12.2.3 (Debian chromium): performance / accessibility / best practices / SEO');
    for (const [run, scores] of Object.entries(lighthouseRuns)) {
      console.log(`${run.padEnd(40)} ${scores.performance} / ${scores.accessibility} / ${scores['best-practices']} / ${scores.seo}`);
    }
    const out = path.join(process.cwd(), 'test-results', 'measure-readers.json');
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(
      out,
      JSON.stringify(
        { measuredAt: new Date().toISOString(), loads: Object.fromEntries(measured.map(({ name, load }) => [name, load])), lighthouse: lighthouseRuns },
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
