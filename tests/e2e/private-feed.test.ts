import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { gatedSentences } from '../support/gated-text';
import { required } from '../support/required';

import {
  axeViolations,
  describeViolations,
  launchBrowser,
  newContext,
  screenshot,
  siteUrl,
} from './browser';

// The demo build runs its own stand-in of Clerk's Backend API (lib/demo/demo-backend-api.ts), so
// the dashboard makes real API keys there and the site verifies them as it would with Clerk.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const demo = () => inject('demoUrl');
const premium = 'metered-paywalls-on-static-sites';
const premiumSecret = required(
  gatedSentences().get(premium)?.[0],
  'a secret sentence of the premium post',
).slice(0, 40);

async function asSubscriber(run: (page: Page) => Promise<void>) {
  const { context, clerkRequests } = await newContext(
    browser,
    { viewport: { width: 1280, height: 900 } },
    demo(),
  );
  try {
    const page = await context.newPage();
    await page.goto(siteUrl(`/sign-in?redirect_url=${encodeURIComponent('/dashboard')}`, demo()), {
      waitUntil: 'networkidle',
    });
    await page.getByRole('button', { name: /^Continue as Sam Reyes/ }).click();
    await page.waitForURL('**/dashboard');
    await run(page);
    expect(clerkRequests).toEqual([]);
  } finally {
    await context.close();
  }
}

/** What a feed reader does: a plain GET with no cookies and no headers. */
const feedReader = (url: string) => fetch(url, { redirect: 'manual' });

describe("a subscriber's private feed and API keys in the demo dashboard", () => {
  it('makes a feed URL a feed reader can read in full, and resets it, after a confirmation, so the old one stops', async () => {
    await asSubscriber(async (page) => {
      await page.getByRole('button', { name: 'Make my private feed URL' }).click();
      const field = page.getByLabel('Private feed URL', { exact: true });
      await field.waitFor();
      const first = await field.inputValue();
      expect(first).toMatch(new RegExp(`^${demo()}/api/private/feed/ak_\\w+\\.[\\w-]{22}$`));
      // A first URL replaces nothing, and the button now offers what a second click would do.
      await page.getByText('Give your feed reader this URL').waitFor();
      expect(await page.getByText('stopped working').count()).toBe(0);
      await page.getByRole('button', { name: 'Reset this URL' }).waitFor();
      expect(await page.getByRole('button', { name: 'Make my private feed URL' }).count()).toBe(0);
      const reply = await feedReader(first);
      expect(reply.status).toBe(200);
      expect(reply.headers.get('cache-control')).toBe('private, no-store');
      expect(await reply.text()).toContain(premiumSecret);

      // After a reload the dashboard shows the same URL, and offers to reset it.
      await page.reload({ waitUntil: 'networkidle' });
      expect(await page.getByLabel('Private feed URL', { exact: true }).inputValue()).toBe(first);
      await screenshot(page, 'member-private-feed');
      expect(describeViolations(await axeViolations(page))).toEqual([]);

      // Reset asks first; keeping the URL changes nothing.
      await page.getByRole('button', { name: 'Reset this URL' }).click();
      const dialog = page.getByRole('dialog', { name: 'Reset your private feed URL?' });
      await dialog.waitFor();
      await screenshot(page, 'member-private-feed-confirm');
      expect(describeViolations(await axeViolations(page))).toEqual([]);
      await dialog.getByRole('button', { name: 'Keep this URL' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.getByLabel('Private feed URL', { exact: true }).inputValue()).toBe(first);
      expect((await feedReader(first)).status).toBe(200);

      await page.getByRole('button', { name: 'Reset this URL' }).click();
      await dialog.getByRole('button', { name: 'Reset the URL' }).click();
      await page.getByText('The URL you had before has stopped working').waitFor();
      const second = await page.getByLabel('Private feed URL', { exact: true }).inputValue();
      expect(second).not.toBe(first);
      expect((await feedReader(first)).status).toBe(404);
      expect((await feedReader(second)).status).toBe(200);
    });
  });

  it('makes an API key that reads with the plan, lists it at once, and revokes it after a confirmation', async () => {
    await asSubscriber(async (page) => {
      await page.getByLabel('Key name').fill('laptop');
      await page.getByRole('button', { name: 'Make an API key' }).click();
      const field = page.getByLabel('New API key (shown once)');
      await field.waitFor();
      const key = await field.inputValue();
      // The list is the member's keys as they now are, without a reload.
      await page.getByRole('button', { name: 'Revoke laptop' }).waitFor();
      expect(await page.getByText('You have no API keys.').count()).toBe(0);
      const read = await fetch(siteUrl(`/api/private/posts/${premium}`, demo()), {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(read.status).toBe(200);
      expect(await read.text()).toContain(premiumSecret);

      await page.reload({ waitUntil: 'networkidle' });
      await page.getByRole('button', { name: 'Revoke laptop' }).click();
      const dialog = page.getByRole('dialog', { name: 'Revoke the key laptop?' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Keep the key' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(
        (
          await fetch(siteUrl('/api/private/me', demo()), {
            headers: { authorization: `Bearer ${key}` },
          })
        ).status,
      ).toBe(200);

      await page.getByRole('button', { name: 'Revoke laptop' }).click();
      await dialog.getByRole('button', { name: 'Revoke the key' }).click();
      await page.getByText('Key revoked').waitFor();
      expect(await page.getByRole('button', { name: 'Revoke laptop' }).count()).toBe(0);
      expect(
        (
          await fetch(siteUrl('/api/private/me', demo()), {
            headers: { authorization: `Bearer ${key}` },
          })
        ).status,
      ).toBe(401);
    });
  });
});
