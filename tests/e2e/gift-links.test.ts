import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { gatedSentences, normalise } from '../support/gated-text';
import { mintGiftToken } from '../support/gift-links';
import { required } from '../support/required';

import { axeViolations, describeViolations, launchBrowser, newContext, siteUrl } from './browser';

/** Gift links in the demo build: a subscriber gives a premium post, an anonymous browser reads it. */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const demo = () => inject('demoUrl');
const premium = 'metered-paywalls-on-static-sites';
const premiumSecret = normalise(
  required(gatedSentences().get(premium)?.[0], 'a secret sentence of the premium post'),
);

/** A fresh browser context (no cookies, nothing shared) for one run; it fails on any CSP refusal. */
async function inFreshBrowser(run: (page: Page) => Promise<void>) {
  const { context, clerkRequests } = await newContext(
    browser,
    { viewport: { width: 1280, height: 900 } },
    demo(),
  );
  try {
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await run(page);
    expect(clerkRequests).toEqual([]);
    expect(refused).toEqual([]);
  } finally {
    await context.close();
  }
}

const open = (page: Page, path: string) =>
  page.goto(siteUrl(path, demo()), { waitUntil: 'networkidle' });
const mainText = async (page: Page) => normalise(await page.locator('main').innerText());

describe('a gift link in the demo', () => {
  it('a subscriber gifts a premium post, and an anonymous reader in a fresh browser reads it in full', async () => {
    let link = '';
    await inFreshBrowser(async (page) => {
      await open(page, `/sign-in?redirect_url=${encodeURIComponent(`/blog/${premium}`)}`);
      await page.getByRole('button', { name: /^Continue as Sam Reyes/ }).click();
      await page.waitForURL(`**/blog/${premium}`);
      await page.getByRole('button', { name: 'Gift this post' }).click();
      const field = page.getByLabel('Gift link');
      await field.waitFor();
      link = await field.inputValue();
      expect(await page.getByText(/^Works until \d{1,2} \w+ \d{4}\.$/).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Copy link' }).count()).toBe(1);
    });
    // A sealed token: a compact JWE with no encrypted key (`dir`), so five parts, the second empty.
    expect(link).toMatch(
      new RegExp(`^${demo()}/gift/${premium}/[\\w-]+\\.\\.[\\w-]+\\.[\\w-]+\\.[\\w-]+$`),
    );
    await inFreshBrowser(async (page) => {
      const response = await page.goto(link, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(await mainText(page)).toContain(premiumSecret);
      expect(await page.getByRole('complementary', { name: 'Gift' }).innerText()).toContain(
        'shared this post with you as a gift',
      );
      await page.getByRole('heading', { name: 'Read every premium post' }).waitFor();
      expect(await page.context().cookies()).toEqual([]);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
    });
  });

  it('an expired link shows the preview and the offer, and none of the gated text', () =>
    inFreshBrowser(async (page) => {
      const expired = mintGiftToken(inject('demoGiftKey'), premium, new Date(Date.now() - 60_000));
      await open(page, `/gift/${premium}/${expired}`);
      expect(await page.getByRole('complementary', { name: 'Gift' }).innerText()).toBe(
        'This gift link is not valid (or has expired).',
      );
      await page
        .getByRole('heading', { name: 'The rest of this post is for subscribers' })
        .waitFor();
      expect(await mainText(page)).not.toContain(premiumSecret);
    }));
});
