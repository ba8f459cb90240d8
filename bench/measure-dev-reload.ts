import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import { chromium, type Page } from 'playwright-core';

import { postHref } from '../lib/paths';

import { median } from './lib/median';

/**
 * Save-to-visible time in development: with `npm run dev` running, appends a sentence to a post,
 * polls the post's page on the dev server until the sentence is in the HTML, and prints how long
 * that took. With --browser, it instead keeps the page open in Chromium (Debian's
 * /usr/bin/chromium) and waits for the sentence to appear there without a reload, as an editor
 * with the page beside them sees it. The post is restored afterwards.
 *
 *   npm run measure:dev-reload -- [--url http://localhost:3000] [--post static-first-publishing] [--runs 5] [--browser]
 */
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    post: { type: 'string', default: 'static-first-publishing' },
    runs: { type: 'string', default: '5' },
    timeout: { type: 'string', default: '60' },
    browser: { type: 'boolean', default: false },
  },
});
const base = values.url.replace(/\/$/, '');
const page = `${base}${postHref(values.post)}`;
const file = path.join(process.cwd(), 'content', 'posts', `${values.post}.mdx`);
const POLL_MS = 50;
const timeoutMs = Number(values.timeout) * 1000;

async function pageText(): Promise<string> {
  const response = await fetch(page, { cache: 'no-store' });
  return response.text();
}

async function waitInBrowser(browserPage: Page, marker: string, started: number): Promise<number> {
  await browserPage.getByText(marker).waitFor({ timeout: timeoutMs });
  return performance.now() - started;
}

async function waitFor(marker: string, started: number): Promise<number> {
  while (performance.now() - started < timeoutMs) {
    if ((await pageText()).includes(marker)) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`"${marker}" did not appear at ${page} within ${values.timeout} s`);
}

try {
  await pageText();
} catch {
  console.error(
    `measure-dev-reload: nothing answers at ${base}; start \`npm run dev\` first (or pass --url)`,
  );
  process.exit(1);
}

const original = await readFile(file, 'utf8');
const times: number[] = [];
const browser = values.browser
  ? await chromium.launch({ executablePath: '/usr/bin/chromium' })
  : null;
try {
  const browserPage = browser ? await browser.newPage() : null;
  await browserPage?.goto(page);
  for (let run = 1; run <= Number(values.runs); run++) {
    const marker = `Reload check ${run}-${Date.now().toString(36)}.`;
    const started = performance.now();
    await writeFile(file, `${original.trimEnd()}\n\n${marker}\n`);
    const took = browserPage
      ? await waitInBrowser(browserPage, marker, started)
      : await waitFor(marker, started);
    times.push(took);
    console.log(
      `run ${run}: ${(took / 1000).toFixed(2)} s from save to the new text ${browserPage ? 'in the open page' : 'in the HTML of'} ${page}`,
    );
  }
} finally {
  await writeFile(file, original);
  await browser?.close();
}
console.log(
  `save-to-visible: median ${(median(times) / 1000).toFixed(2)} s, min ${(Math.min(...times) / 1000).toFixed(2)} s, max ${(Math.max(...times) / 1000).toFixed(2)} s over ${times.length} runs`,
);
