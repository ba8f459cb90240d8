import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, newContext, screenshot, siteUrl, type TrackedContext } from './browser';
import { PAGE_TYPES } from './pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh context and page per test: no cookie, storage or theme choice carries over. */
async function withPage(
  run: (page: Page, tracked: TrackedContext) => Promise<void>,
  options: Parameters<Browser['newContext']>[0] = { viewport: { width: 1280, height: 900 } },
) {
  const tracked = await newContext(browser, options);
  try {
    await run(await tracked.context.newPage(), tracked);
  } finally {
    await tracked.context.close();
  }
}

const open = (page: Page, path: string) => page.goto(siteUrl(path), { waitUntil: 'networkidle' });
const heading = (page: Page) => page.locator('h1').first().innerText();
const isDark = (page: Page) =>
  page.evaluate(() => document.documentElement.classList.contains('dark'));

describe('a reader', () => {
  it('opens the home page and reads a post from it', () =>
    withPage(async (page) => {
      await open(page, '/');
      expect(await page.title()).toContain('Masthead');
      await page
        .getByRole('region', { name: 'Featured' })
        .getByRole('link', { name: 'Static First, Dynamic Where It Counts' })
        .click();
      await page.waitForURL('**/blog/static-first-publishing');
      expect(await heading(page)).toBe('Static First, Dynamic Where It Counts');
      await expect(
        page
          .getByRole('navigation', { name: 'Contents' })
          .getByRole('link', { name: 'The build pipeline' })
          .count(),
      ).resolves.toBe(1);
    }));

  it('follows a tag from a post to the posts with that tag', () =>
    withPage(async (page) => {
      await open(page, '/blog/static-first-publishing');
      await page
        .getByRole('list', { name: 'Tags' })
        .getByRole('link', { name: 'performance' })
        .click();
      await page.waitForURL('**/tags/performance');
      expect(await heading(page)).toBe('Posts tagged “performance”');
      const titles = await page.locator('main article h2').allInnerTexts();
      expect(titles).toContain('Static First, Dynamic Where It Counts');
      expect(titles).toContain('Measuring What Readers Actually Feel');
    }));

  it('pages through the blog index and back', () =>
    withPage(async (page) => {
      await open(page, '/blog');
      const first = await page.locator('main article h2').allInnerTexts();
      expect(first).toHaveLength(5);
      await page.getByRole('link', { name: 'Older posts' }).click();
      await page.waitForURL('**/blog/page/2');
      const second = await page.locator('main article h2').allInnerTexts();
      expect(second.length).toBeGreaterThan(0);
      expect(second.filter((title) => first.includes(title))).toEqual([]);
      expect(await page.getByText('Page 2 of 2').count()).toBe(1);
      await page.getByRole('link', { name: 'Newer posts' }).click();
      await page.waitForURL((url) => url.pathname === '/blog');
      expect(await page.locator('main article h2').allInnerTexts()).toEqual(first);
    }));

  it('moves between posts with the previous and next links', () =>
    withPage(async (page) => {
      await open(page, '/blog/static-first-publishing');
      await page
        .getByRole('navigation', { name: 'More posts' })
        .getByRole('link', { name: /Next post/ })
        .click();
      await page.waitForURL('**/blog/alt-text-is-editorial-work');
      await page
        .getByRole('navigation', { name: 'More posts' })
        .getByRole('link', { name: /Previous post/ })
        .click();
      await page.waitForURL('**/blog/static-first-publishing');
    }));

  it('searches with the keyboard and opens a result', () =>
    withPage(async (page) => {
      await open(page, '/');
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Search' })
        .click();
      await page.waitForURL('**/search');
      const box = page.getByLabel('Search posts');
      await box.focus();
      await page.keyboard.type('alt text');
      await page.getByRole('status').getByText('1 post matches “alt text”.').waitFor();
      expect(page.url()).toContain('?q=alt+text');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'Alt Text Is Editorial Work',
      );
      await page.keyboard.press('Enter');
      await page.waitForURL('**/blog/alt-text-is-editorial-work');
      expect(await heading(page)).toBe('Alt Text Is Editorial Work');
    }));

  it('finds a gated post by its summary but not by its gated text', () =>
    withPage(async (page) => {
      await open(page, '/search?q=leaking%20paid%20content');
      await page.getByRole('status').getByText('1 post matches').waitFor();
      expect(await page.locator('main li h2').allInnerTexts()).toEqual([
        'Metered Paywalls on a Static Site',
      ]);
      await open(page, '/search?q=footnote%20definition');
      await page.getByRole('status').getByText('No posts match').waitFor();
    }));

  it('shows a result with the meta line and access badge of the blog list', () =>
    withPage(async (page) => {
      await open(page, '/blog');
      const listed = page.locator('main article', { hasText: 'Metered Paywalls on a Static Site' });
      const meta = await listed.locator('p').first().innerText();
      expect(meta).toMatch(/\d{4}/);
      const badge = await listed.getByText('Premium', { exact: true }).getAttribute('class');
      await open(page, '/search?q=leaking%20paid%20content');
      await page.getByRole('status').getByText('1 post matches').waitFor();
      const result = page.locator('main li article');
      expect(await result.locator('p').first().innerText()).toBe(meta);
      expect(await result.getByText('Premium', { exact: true }).getAttribute('class')).toBe(badge);
    }));

  it('reaches a post with the keyboard alone, through the skip link', () =>
    withPage(async (page) => {
      await open(page, '/');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'Skip to content',
      );
      await page.keyboard.press('Enter');
      expect(new URL(page.url()).hash).toBe('#main');
      let href: string | null = null;
      for (let i = 0; i < 30 && !href?.startsWith('/blog/'); i++) {
        await page.keyboard.press('Tab');
        href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
      }
      expect(href).toMatch(/^\/blog\/[a-z0-9-]+$/);
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${href}`);
      expect(await page.locator('main h1').count()).toBe(1);
    }));

  it("copies a code block with the keyboard, hearing the outcome in the button's label", () =>
    withPage(
      async (page) => {
        await open(page, '/blog/the-editorial-pipeline-as-code');
        const block = page.locator('[data-code-block]').first();
        const button = block.getByRole('button', { name: 'Copy', exact: true });
        await button.focus();
        await page.keyboard.press('Enter');
        await block.getByRole('button', { name: 'Copied', exact: true }).waitFor();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
          await block.locator('pre').innerText(),
        );
        expect(await block.locator('[aria-live="polite"]').innerText()).toBe('Copied');
      },
      {
        viewport: { width: 1280, height: 900 },
        permissions: ['clipboard-read', 'clipboard-write'],
      },
    ));

  it("gets the article's body as HTML that React does not hydrate, while the page around it is hydrated", () =>
    withPage(async (page) => {
      await open(page, '/blog/the-editorial-pipeline-as-code');
      const hydrated = (selector: string) =>
        page.evaluate(
          (s) =>
            [...document.querySelectorAll(s)].filter((node) =>
              Object.keys(node).some((key) => key.startsWith('__reactFiber$')),
            ).length,
          selector,
        );
      // React marks each element it hydrates with its fiber; the page's frame has them once its scripts ran.
      await page.waitForFunction(() =>
        Object.keys(document.querySelector('main article .prose') ?? {}).some((key) =>
          key.startsWith('__reactFiber$'),
        ),
      );
      expect(await hydrated('header button')).toBeGreaterThan(0);
      expect(await page.locator('main article .prose [data-code-block]').count()).toBeGreaterThan(
        0,
      );
      expect(await hydrated('main article .prose *')).toBe(0);
    }));

  it('switches the theme, and the choice holds from the first paint of the next page', () =>
    withPage(async (page) => {
      await open(page, '/');
      expect(await isDark(page)).toBe(false);
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      await toggle.click();
      expect(await isDark(page)).toBe(true);
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      // With the app's scripts blocked, only the inline script in <head> can have set the theme.
      await page.route('**/_next/static/**/*.js', (route) => route.abort());
      await page.goto(siteUrl('/blog'), { waitUntil: 'load' });
      expect(await isDark(page)).toBe(true);
    }));

  it('follows the system theme before any choice, from the first paint', () =>
    withPage(
      async (page) => {
        await page.route('**/_next/static/**/*.js', (route) => route.abort());
        await page.goto(siteUrl('/'), { waitUntil: 'load' });
        expect(await isDark(page)).toBe(true);
      },
      { colorScheme: 'dark' },
    ));

  it('uses the menu at a phone-sized viewport with the keyboard', () =>
    withPage(
      async (page) => {
        await open(page, '/');
        expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
        // The way in stays in view beside the menu, as on a wide screen.
        expect(
          await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).isVisible(),
        ).toBe(true);
        const menu = page.getByRole('button', { name: 'Menu' });
        await menu.focus();
        await page.keyboard.press('Enter');
        expect(await menu.getAttribute('aria-expanded')).toBe('true');
        const nav = page.getByRole('navigation', { name: 'Main' });
        expect(await nav.getByRole('link').allInnerTexts()).toEqual([
          'Blog',
          'Tags',
          'Search',
          'Pricing',
        ]);
        await page.keyboard.press('Escape');
        expect(await menu.getAttribute('aria-expanded')).toBe('false');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Menu');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tags');
        await page.keyboard.press('Enter');
        await page.waitForURL('**/tags');
        expect(await menu.getAttribute('aria-expanded')).toBe('false');
        expect(await heading(page)).toBe('Tags');
      },
      { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    ));

  it('dims the page behind the open phone menu, which a tap beside it closes', () =>
    withPage(
      async (page) => {
        await open(page, '/');
        const menu = page.getByRole('button', { name: 'Menu' });
        await menu.click();
        const nav = page.getByRole('navigation', { name: 'Main' });
        await nav.waitFor();
        const panel = await nav.evaluate((element) => ({
          shadow: getComputedStyle(element).boxShadow,
          bottom: element.getBoundingClientRect().bottom,
        }));
        expect(panel.shadow, 'the open menu casts a shadow').not.toBe('none');
        // Whatever lies under the menu's lower edge is the backdrop, not the page.
        const under = await page.evaluate(
          (y) => document.elementFromPoint(200, y)?.closest('main') === null,
          panel.bottom + 40,
        );
        expect(under, 'a backdrop covers the page').toBe(true);
        await screenshot(page, 'phone-menu-open');
        await page.mouse.click(200, panel.bottom + 40);
        expect(await menu.getAttribute('aria-expanded')).toBe('false');
        expect(await nav.count()).toBe(0);
      },
      { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    ));

  it('sees "Dashboard" instead of "Sign in" once Clerk has marked the browser signed in', () =>
    withPage(async (page, { context }) => {
      await open(page, '/blog');
      const header = page.getByRole('banner');
      expect(await header.getByRole('link', { name: 'Sign in' }).count()).toBe(1);
      await context.addCookies([
        { name: '__client_uat', value: String(Math.floor(Date.now() / 1000)), url: siteUrl('/') },
      ]);
      await open(page, '/blog');
      expect(await header.getByRole('link', { name: 'Dashboard' }).getAttribute('href')).toBe(
        '/dashboard',
      );
      expect(await header.getByRole('link', { name: 'Sign in' }).count()).toBe(0);
    }));
});

describe("Clerk's browser script", () => {
  it.each(PAGE_TYPES)(
    'is requested on $name only if it shows a Clerk component ($clerk)',
    ({ path, clerk }) =>
      withPage(async (page, { clerkRequests }) => {
        await open(page, path);
        expect(clerkRequests.length > 0).toBe(clerk);
      }),
  );

  it('leaves the pricing page with its plans in plain HTML before Clerk draws the table', () =>
    withPage(async (page) => {
      await open(page, '/pricing');
      expect(await page.getByRole('heading', { name: 'Premium' }).count()).toBe(1);
    }));
});
