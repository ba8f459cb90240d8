import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { inject } from 'vitest';

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';

/** Debian's chromium; playwright gives every launch a fresh, temporary user-data-dir. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

export function siteUrl(path = '/', base: string = inject('e2eUrl')): string {
  return new URL(path, base).toString();
}

/** Clerk's browser scripts: clerk.browser.js and ui.browser.js from the instance's Frontend API. */
export function isClerkScript(url: URL): boolean {
  return (
    /(^|\.)clerk\./.test(url.hostname) || /clerk\.browser\.js$|ui\.browser\.js$/.test(url.pathname)
  );
}

export interface TrackedContext {
  context: BrowserContext;
  /** Every request for one of Clerk's scripts, in order. */
  clerkRequests: string[];
}

/**
 * A browser context that reaches only the site under test. Requests for Clerk's script (it would
 * come from the test instance's Frontend API, clerk.example.com, which does not exist) are
 * answered with an empty script through the browser's request routing, and recorded, so a test
 * can tell which pages load it; every other request off localhost is aborted.
 */
export async function newContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
  base: string = inject('e2eUrl'),
): Promise<TrackedContext> {
  const context = await browser.newContext(options);
  const clerkRequests: string[] = [];
  const origin = new URL(base).origin;
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) return route.continue();
    if (isClerkScript(url)) {
      clerkRequests.push(url.toString());
      return route.fulfill({ status: 200, contentType: 'application/javascript', body: '' });
    }
    return route.abort();
  });
  return { context, clerkRequests };
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** Runs axe-core (every rule it has, best practices included) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeResults['violations']> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated by the browser's debugging protocol rather than added as an inline <script>, which the
  // pages rendered per request (sign-in) rightly refuse.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  return results.violations;
}

/** One line per violated rule and element, readable in a failed assertion. */
export function describeViolations(violations: AxeResults['violations']): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id}: ${node.target.join(' ')}: ${node.failureSummary ?? violation.help}`,
    ),
  );
}

const screenshotDir = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}
