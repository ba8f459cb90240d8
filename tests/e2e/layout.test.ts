import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser, newContext, screenshot, siteUrl } from './browser';
import { PAGE_TYPES } from './pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Frame {
  documentWidth: number;
  viewportWidth: number;
  viewportHeight: number;
  documentHeight: number;
  /** Bottom edge of the site's footer, from the top of the document; null without one. */
  footerBottom: number | null;
  /** Left edges of the header's site name and of the page's first heading (null without one). */
  headerLeft: number | null;
  headingLeft: number | null;
  /** Meta-line items that start a line with their "·" separator visible. */
  strayLeadingSeparators: string[];
}

/** What the layout looks like at the current viewport, measured in the page. */
function measure(page: Page): Promise<Frame> {
  return page.evaluate(() => {
    const footer = document.querySelector('body > footer');
    const left = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().left ?? null;
    const strayLeadingSeparators = [...document.querySelectorAll('.meta-line')].flatMap((wrapper) => {
      const visibleFrom = wrapper.getBoundingClientRect().left;
      const items = [...(wrapper.firstElementChild?.children ?? [])];
      return items
        .filter((item, index) => {
          const left = item.getBoundingClientRect().left;
          const previous = items[index - 1];
          const startsLine = !previous || left <= previous.getBoundingClientRect().left;
          // Each item's separator is its own leading gutter: at a line's start it must lie left of the clip.
          return startsLine && left >= visibleFrom - 0.5;
        })
        .map((item) => item.textContent ?? '');
    });
    return {
      documentWidth: document.documentElement.scrollWidth,
      viewportWidth: window.innerWidth,
      viewportHeight: window.innerHeight,
      documentHeight: document.documentElement.scrollHeight,
      footerBottom: footer ? footer.getBoundingClientRect().bottom + window.scrollY : null,
      headerLeft: left('body > header a[href="/"]'),
      headingLeft: left('main h1:not(.sr-only)'),
      strayLeadingSeparators,
    };
  });
}

const viewports = [
  { width: 1280, height: 900, phone: false },
  { width: 390, height: 844, phone: true },
] as const;

describe.each(viewports.flatMap((viewport) => (['light', 'dark'] as const).map((colorScheme) => ({ ...viewport, colorScheme }))))(
  'at $width px in the $colorScheme theme',
  ({ width, height, phone, colorScheme }) => {
    it.each(PAGE_TYPES)('$name ($path) has the frame, fits the width, keeps its footer at the bottom and wraps meta lines cleanly', async ({ name, path }) => {
      const { context } = await newContext(browser, { colorScheme, viewport: { width, height }, isMobile: phone, hasTouch: phone });
      try {
        const page = await context.newPage();
        await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        await screenshot(page, `${name}-${width}-${colorScheme}`);
        const frame = await measure(page);
        expect(frame.documentWidth, 'the page scrolls sideways').toBeLessThanOrEqual(frame.viewportWidth);
        expect(frame.headerLeft, 'the page has the site header').not.toBeNull();
        if (frame.headingLeft !== null) expect(frame.headingLeft, 'the heading starts where the header does').toBeCloseTo(frame.headerLeft ?? 0, 0);
        expect(frame.footerBottom, 'the page has the site footer').not.toBeNull();
        // The footer ends the document, and a page shorter than the window still fills it.
        expect(Math.abs((frame.footerBottom ?? 0) - frame.documentHeight)).toBeLessThan(1);
        expect(frame.footerBottom).toBeGreaterThanOrEqual(frame.viewportHeight - 0.5);
        expect(frame.strayLeadingSeparators).toEqual([]);
      } finally {
        await context.close();
      }
    });
  },
);
