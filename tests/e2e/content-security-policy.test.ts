import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { mintSessionToken, type TokenOptions } from '../../scripts/lib/clerk-tokens';

import { launchBrowser, newContext, siteUrl, type TrackedContext } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/**
 * Records every Content-Security-Policy violation Chromium reports on a page: the DOM event (set up
 * by an init script, which the page's policy does not govern) and the console's "Refused to ..."
 * lines, which also name what the event leaves out. A Permissions-Policy that Chromium cannot read
 * is reported on the console too, and counts.
 */
async function watchedPage(
  context: BrowserContext,
): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
  const page = await context.newPage();
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to|Permissions-Policy/i.test(message.text()))
      logged.push(message.text());
  });
  return {
    page,
    violations: async () => [
      ...logged,
      ...((await page.evaluate(() => window.cspViolations)) ?? []),
    ],
  };
}

/** Opens a page, checks it is served with a policy at all (no policy, no violation), and lets its scripts run. */
async function open(page: Page, path: string, status = 200) {
  const response = await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(status);
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
}

/** Cookies of a browser signed in to the test instance as this identity. */
async function signIn(context: BrowserContext, options: Omit<TokenOptions, 'azp'>) {
  const origin = new URL(siteUrl('/')).origin;
  const token = await mintSessionToken(inject('privateJwk'), { ...options, azp: origin });
  const { iat } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
    iat: number;
  };
  await context.addCookies([
    { name: '__session', value: token, url: origin },
    { name: '__client_uat', value: String(iat), url: origin },
  ]);
}

const EDITOR: Omit<TokenOptions, 'azp'> = {
  userId: 'user_editor',
  org: {
    id: 'org_masthead',
    role: 'editor',
    slug: 'masthead',
    permissions: ['preview'],
    feature: 'posts',
  },
};

/**
 * Every page type, as Chromium runs it: no script, style, frame or request may be refused by the
 * site's policy. Clerk's browser script cannot be fetched offline and is answered with an empty
 * script (tests/e2e/browser.ts), so what Clerk's components would load after it is not exercised
 * here; the script's own request (from Clerk's host, inserted by Clerk's loader) is.
 */
describe('the Content-Security-Policy lets every page type work in Chromium', () => {
  async function check(
    run: (page: Page, tracked: TrackedContext) => Promise<void>,
    options: Parameters<Browser['newContext']>[0] = { viewport: { width: 1280, height: 900 } },
  ) {
    const tracked = await newContext(browser, options);
    const { context } = tracked;
    try {
      const { page, violations } = await watchedPage(context);
      await run(page, tracked);
      expect(await violations()).toEqual([]);
    } finally {
      await context.close();
    }
  }

  it.each([
    ['home', '/'],
    ['a public post', '/blog/static-first-publishing'],
    ['a premium post’s preview', '/blog/metered-paywalls-on-static-sites'],
    ['the blog index', '/blog'],
    ['the tags', '/tags'],
    ['a tag', '/tags/performance'],
    ['the pricing page', '/pricing'],
    ['the sign-in page', '/sign-in'],
  ])('%s (%s)', (_, path) =>
    check(async (page) => {
      await open(page, path);
      // Hydrated: the theme button works, which takes the app's scripts and the RSC payload.
      await page.getByRole('button', { name: 'Dark theme' }).click();
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
        true,
      );
    }),
  );

  it('an unknown page (404)', () => check((page) => open(page, '/no-such-page', 404)));

  it('the search page, with a query typed so that the search runs in the browser', () =>
    check(async (page) => {
      await open(page, '/search');
      await page.getByLabel('Search posts').fill('alt text');
      await page.getByRole('status').getByText('1 post matches “alt text”.').waitFor();
    }));

  it('every readers’ page type in the dark theme, from the first paint', () =>
    check(
      async (page) => {
        for (const path of [
          '/',
          '/blog/static-first-publishing',
          '/tags',
          '/search?q=static',
          '/pricing',
          '/sign-in',
        ]) {
          await open(page, path);
          expect(
            await page.evaluate(() => document.documentElement.classList.contains('dark')),
          ).toBe(true);
        }
      },
      { colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
    ));

  it('a member’s dashboard and a members’ post', () =>
    check(async (page, { context, clerkRequests }) => {
      await signIn(context, { userId: 'user_member' });
      await open(page, '/dashboard');
      expect(await page.getByRole('heading', { name: 'Your plan: Member' }).count()).toBe(1);
      // Clerk's loader inserted its script from Clerk's host: allowed through 'strict-dynamic'.
      expect(clerkRequests.length).toBeGreaterThan(0);
      await open(page, '/blog/running-a-weekly-edit-meeting');
      expect(await page.locator('main h1').count()).toBe(1);
      expect(await page.getByText('Members’ part').count()).toBe(1);
    }));

  it('the member area in the dark theme', () =>
    check(
      async (page, { context }) => {
        await signIn(context, { userId: 'user_member' });
        await open(page, '/dashboard');
        // The theme script ran before the first paint: allowed by its hash, not by a nonce.
        expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
          true,
        );
      },
      { colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
    ));

  it('the editors’ area and a draft', () =>
    check(async (page, { context }) => {
      await signIn(context, EDITOR);
      await open(page, '/dashboard/editor');
      await open(page, '/dashboard/editor/rethinking-the-newsletter-archive');
      expect(await page.locator('main h1').count()).toBe(1);
    }));
});
