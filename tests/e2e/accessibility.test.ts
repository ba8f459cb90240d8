import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  axeViolations,
  describeViolations,
  launchBrowser,
  newContext,
  screenshot,
  siteUrl,
} from './browser';
import { PAGE_TYPES } from './pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)(
  'every public page type in the %s theme',
  (colorScheme) => {
    it.each(PAGE_TYPES)('$name ($path) has no axe violations', async ({ path }) => {
      const { context } = await newContext(browser, {
        colorScheme,
        viewport: { width: 1280, height: 900 },
      });
      try {
        const page = await context.newPage();
        await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
        expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
          colorScheme === 'dark',
        );
        expect(describeViolations(await axeViolations(page))).toEqual([]);
      } finally {
        await context.close();
      }
    });
  },
);

describe('at a phone-sized viewport', () => {
  it.each(PAGE_TYPES.filter(({ name }) => ['home', 'post-public', 'blog-index'].includes(name)))(
    '$name has no axe violations with the menu open',
    async ({ name, path }) => {
      const { context } = await newContext(browser, {
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      try {
        const page = await context.newPage();
        await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
        await page.getByRole('button', { name: 'Menu' }).click();
        expect(describeViolations(await axeViolations(page))).toEqual([]);
        await screenshot(page, `${name}-phone-menu`);
      } finally {
        await context.close();
      }
    },
  );
});
