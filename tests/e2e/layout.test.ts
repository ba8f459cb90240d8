import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { DEMO_SESSION_PATH } from '@/lib/paths';

import { launchBrowser, newContext, screenshot, siteUrl } from './browser';
import { PAGE_TYPES, SIGNED_IN_PAGES } from './pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Frame {
  documentWidth: number;
  viewportHeight: number;
  documentHeight: number;
  /** Bottom edge of the site's footer, from the top of the document; null without one. */
  footerBottom: number | null;
  /** Left edges of the header's site name and of the page's first heading (null without one). */
  headerLeft: number | null;
  headingLeft: number | null;
  /** Meta-line items that start a line with their "·" separator visible. */
  strayLeadingSeparators: string[];
  /** The header's controls (links, buttons, the account menu) that reach past the window's right edge. */
  headerControlsOutOfView: string[];
  /** Pricing cards' buttons whose label breaks over two lines. */
  wrappedPlanActions: string[];
}

/** What the layout looks like at the current viewport, measured in the page. */
function measure(page: Page, width: number): Promise<Frame> {
  return page.evaluate((width) => {
    const footer = document.querySelector('body > footer');
    const left = (selector: string) =>
      document.querySelector(selector)?.getBoundingClientRect().left ?? null;
    const strayLeadingSeparators = [...document.querySelectorAll('.meta-line')].flatMap(
      (wrapper) => {
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
      },
    );
    return {
      documentWidth: document.documentElement.scrollWidth,
      viewportHeight: window.innerHeight,
      documentHeight: document.documentElement.scrollHeight,
      footerBottom: footer ? footer.getBoundingClientRect().bottom + window.scrollY : null,
      headerLeft: left('body > header a[href="/"]'),
      headingLeft: left('main h1:not(.sr-only)'),
      strayLeadingSeparators,
      // Against the width asked for: a phone's layout viewport widens to fit a page that overflows.
      headerControlsOutOfView: [
        ...document.querySelectorAll('body > header :is(a, button, summary)'),
      ]
        .filter(
          (control) =>
            control.getClientRects().length > 0 &&
            control.getBoundingClientRect().right > width + 0.5,
        )
        .map((control) => control.textContent?.trim() ?? control.tagName),
      wrappedPlanActions: [
        ...document.querySelectorAll('main section[aria-labelledby^="plan-"] :is(a, button)'),
      ]
        .filter((action) => {
          const label = document.createRange();
          label.selectNodeContents(action);
          return new Set([...label.getClientRects()].map((line) => Math.round(line.top))).size > 1;
        })
        .map((action) => action.textContent?.trim() ?? ''),
    };
  }, width);
}

const viewports = [
  { width: 1280, height: 900, phone: false },
  { width: 390, height: 844, phone: true },
] as const;

type Viewport = (typeof viewports)[number] & { colorScheme: 'light' | 'dark' };

const variants: Viewport[] = viewports.flatMap((viewport) =>
  (['light', 'dark'] as const).map((colorScheme) => ({ ...viewport, colorScheme })),
);

/** Opens `path` at the viewport, saves its screenshot as `name`, and holds its frame to the layout's rules. */
async function expectFrame(
  context: BrowserContext,
  {
    path,
    name,
    base,
    centred = false,
  }: { path: string; name: string; base?: string; centred?: boolean },
  { width }: Viewport,
) {
  const page = await context.newPage();
  await page.goto(siteUrl(path, base), { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  await screenshot(page, name);
  const frame = await measure(page, width);
  expect(frame.documentWidth, `${path} at ${width} px scrolls sideways`).toBeLessThanOrEqual(width);
  expect(frame.headerControlsOutOfView, 'header controls off screen').toEqual([]);
  expect(frame.wrappedPlanActions, 'a plan’s button wraps').toEqual([]);
  expect(frame.headerLeft, 'the page has the site header').not.toBeNull();
  if (frame.headingLeft !== null && !centred)
    expect(frame.headingLeft, 'the heading starts where the header does').toBeCloseTo(
      frame.headerLeft ?? 0,
      0,
    );
  expect(frame.footerBottom, 'the page has the site footer').not.toBeNull();
  // The footer ends the document, and a page shorter than the window still fills it.
  expect(Math.abs((frame.footerBottom ?? 0) - frame.documentHeight)).toBeLessThan(1);
  expect(frame.footerBottom).toBeGreaterThanOrEqual(frame.viewportHeight - 0.5);
  expect(frame.strayLeadingSeparators).toEqual([]);
}

function contextFor(viewport: Viewport, base?: string) {
  const { width, height, phone, colorScheme } = viewport;
  return newContext(
    browser,
    { colorScheme, viewport: { width, height }, isMobile: phone, hasTouch: phone },
    base,
  );
}

describe.each(variants)('at $width px in the $colorScheme theme', (viewport) => {
  it.each(PAGE_TYPES)(
    '$name ($path) has the frame, fits the width, keeps its footer at the bottom and wraps meta lines cleanly',
    async ({ name, path }) => {
      const { context } = await contextFor(viewport);
      try {
        await expectFrame(
          context,
          { path, name: `${name}-${viewport.width}-${viewport.colorScheme}` },
          viewport,
        );
      } finally {
        await context.close();
      }
    },
  );
});

/**
 * The demo build's member pages, signed in as the identity that sees each: a name in the account
 * control is longer than "Sign in", and must not push the menu off a phone's screen.
 */
describe.each(variants)(
  'signed in to the demo, at $width px in the $colorScheme theme',
  (viewport) => {
    it.each(SIGNED_IN_PAGES)(
      '$name ($path, as $as) has the frame and fits the width',
      async ({ name, path, as, ...page }) => {
        const demo = inject('demoUrl');
        const { context } = await contextFor(viewport, demo);
        try {
          const signedIn = await context.request.post(siteUrl(DEMO_SESSION_PATH, demo), {
            form: { as },
            maxRedirects: 0,
          });
          expect(signedIn.status()).toBe(303);
          const centred = 'centred' in page && page.centred;
          await expectFrame(
            context,
            {
              path,
              name: `signed-in-${name}-${viewport.width}-${viewport.colorScheme}`,
              base: demo,
              centred,
            },
            viewport,
          );
        } finally {
          await context.close();
        }
      },
    );
  },
);
