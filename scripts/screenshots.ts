import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { chromium, type Page } from 'playwright-core';

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium';

/**
 * The README's screenshots, taken from a running demo (`npm run demo`, or `PORT=<port> npm run demo`
 * and `--url http://localhost:<port>`): a premium post as an anonymous reader sees it, then the
 * member area signed in as the demo's subscriber. Writes docs/images/*.png, 1280 pixels wide and
 * about one screen tall, so the files stay small.
 */
const args = process.argv.slice(2);
const urlFlag = args.indexOf('--url');
const base = urlFlag >= 0 ? args[urlFlag + 1] : `http://localhost:${process.env.PORT || '3000'}`;
if (!base) {
  console.error('usage: npm run screenshots -- [--url http://localhost:3000]');
  process.exit(2);
}
const origin = new URL(base).origin;
const outDir = path.resolve(import.meta.dirname, '..', 'docs', 'images');
const premiumPost = '/blog/metered-paywalls-on-static-sites';
const subscriber = 'Sam Reyes';

async function open(page: Page, pathname: string) {
  await page.goto(new URL(pathname, origin).toString(), { waitUntil: 'networkidle' });
}

async function capture(page: Page, name: string, height?: number) {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({
    path: file,
    ...(height ? { fullPage: true, clip: { x: 0, y: 0, width: 1280, height } } : {}),
  });
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
  headless: true,
});
try {
  await mkdir(outDir, { recursive: true });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
  });
  // The demo never needs anything off its own origin; refusing the rest keeps the pictures offline and repeatable.
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
  );
  const page = await context.newPage();

  await open(page, premiumPost);
  await page.getByRole('heading', { name: 'The rest of this post is for subscribers' }).waitFor();
  // From the site's header down to the offer that ends the public preview, a little taller than one screen.
  const offerEnd = await page
    .getByRole('link', { name: /Already a subscriber\? Sign in/ })
    .boundingBox();
  if (!offerEnd) throw new Error(`${premiumPost} shows no link for subscribers under its preview`);
  await capture(page, 'premium-post-preview', Math.ceil(offerEnd.y + offerEnd.height + 64));

  await open(page, '/sign-in?redirect_url=%2Fdashboard');
  await page.getByRole('button', { name: new RegExp(`^Continue as ${subscriber}`) }).click();
  await page.waitForURL((url) => url.pathname === '/dashboard');
  await page.waitForLoadState('networkidle');
  await capture(page, 'member-dashboard');
} finally {
  await browser.close();
}
