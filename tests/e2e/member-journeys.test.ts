import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { gatedSentences, normalise, publishedSlugs, unreleasedPosts } from '../support/gated-text';

import {
  axeViolations,
  describeViolations,
  launchBrowser,
  newContext,
  screenshot,
  siteUrl,
  type TrackedContext,
} from './browser';

/**
 * Members' journeys through the demo build (`npm run demo`): no Clerk keys, demo identities. Every
 * session here is a real Clerk session token, signed by the demo server's own key and verified by
 * the real clerkMiddleware and auth(); nothing is mocked. Clerk's browser script is never asked
 * for: a test below holds the demo to that.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const demo = () => inject('demoUrl');
const premium = 'metered-paywalls-on-static-sites';
const premiumTitle = 'Metered Paywalls on a Static Site';
const [premiumSecret] = gatedSentences().get(premium)!;
const draft = unreleasedPosts().find((post) => post.draft)!;
const scheduled = unreleasedPosts().find((post) => !post.draft)!;

async function withDemoPage(
  run: (page: Page, tracked: TrackedContext) => Promise<void>,
  colorScheme: 'light' | 'dark' = 'light',
) {
  const tracked = await newContext(
    browser,
    { viewport: { width: 1280, height: 900 }, colorScheme },
    demo(),
  );
  try {
    const page = await tracked.context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    await run(page, tracked);
    // No demo page may depend on Clerk's script, which cannot load offline, nor trip the site's CSP.
    expect(tracked.clerkRequests).toEqual([]);
    expect(refused).toEqual([]);
  } finally {
    await tracked.context.close();
  }
}

const open = (page: Page, path: string) =>
  page.goto(siteUrl(path, demo()), { waitUntil: 'networkidle' });
const pathOf = (page: Page) => new URL(page.url()).pathname;
const mainText = async (page: Page) => normalise(await page.locator('main').innerText());

/** On the demo's sign-in page, chooses the identity whose person is `name`. */
async function continueAs(page: Page, name: string) {
  await page.getByRole('heading', { name: 'Choose who to be' }).waitFor();
  await page.getByRole('button', { name: new RegExp(`^Continue as ${name}`) }).click();
  await page.waitForLoadState('networkidle');
}

async function signIn(page: Page, name: string, returnTo?: string) {
  await open(page, returnTo ? `/sign-in?redirect_url=${encodeURIComponent(returnTo)}` : '/sign-in');
  await continueAs(page, name);
}

async function expectNoAxeViolations(page: Page, name: string, colorScheme: 'light' | 'dark') {
  expect(describeViolations(await axeViolations(page)), name).toEqual([]);
  await screenshot(page, `member-${name}-${colorScheme}`);
}

describe('a reader of the demo', () => {
  it('meets the paywall on a premium post, signs in as a member, and is offered the upgrade in its place', () =>
    withDemoPage(async (page) => {
      await open(page, `/blog/${premium}`);
      expect(await page.getByRole('complementary', { name: 'Demo notice' }).innerText()).toContain(
        'never deploy this build',
      );
      await page
        .getByRole('heading', { name: 'The rest of this post is for subscribers' })
        .waitFor();
      expect(await mainText(page)).not.toContain(normalise(premiumSecret!));
      await page.getByRole('link', { name: 'Already a subscriber? Sign in' }).click();
      await page.waitForURL((url) => url.pathname === '/sign-in');
      await continueAs(page, 'Mina Okafor');
      expect(pathOf(page)).toBe(`/blog/${premium}`);
      await page.getByRole('heading', { name: 'This post is part of the premium plan' }).waitFor();
      expect(
        await page
          .getByRole('heading', { name: 'The rest of this post is for subscribers' })
          .count(),
      ).toBe(0);
      expect(await mainText(page)).not.toContain(normalise(premiumSecret!));
    }));

  it('upgrades from the offer to the subscriber and reads the full premium text at the same address', () =>
    withDemoPage(async (page) => {
      await signIn(page, 'Mina Okafor', `/blog/${premium}`);
      await page.getByRole('link', { name: 'Upgrade to premium' }).click();
      await page.waitForURL((url) => url.pathname === '/pricing');
      await page.getByRole('button', { name: 'Subscribe (demo)' }).click();
      await page.waitForURL((url) => url.pathname === `/blog/${premium}`);
      await page.getByRole('status').getByText('You are subscribed').waitFor();
      expect(await mainText(page)).toContain(normalise(premiumSecret!));
      expect(await page.getByText('Subscribers’ part').count()).toBe(1);
    }));

  it('as the subscriber, follows links from home, a tag page, search and a post body and never meets a paywall', () =>
    withDemoPage(async (page) => {
      await open(page, '/blog/static-first-publishing');
      expect(await page.getByRole('heading', { name: 'Read more like this' }).count()).toBe(1);
      await signIn(page, 'Sam Reyes', '/');
      await open(page, '/blog/static-first-publishing');
      expect(await page.getByRole('heading', { name: 'Read more like this' }).count()).toBe(0);
      await open(page, '/');
      const paywalls = () =>
        page
          .getByRole('heading', { name: /The rest of this post is for|part of the premium plan/ })
          .count();
      const readsInFull = async (how: string) => {
        await page.waitForURL(`**/blog/${premium}`);
        expect(await paywalls(), how).toBe(0);
        expect(await mainText(page), how).toContain(normalise(premiumSecret!));
      };
      await page.locator('main').getByRole('link', { name: premiumTitle }).first().click();
      await readsInFull('from home');
      await open(page, '/tags/memberships');
      await page.locator('main').getByRole('link', { name: premiumTitle }).first().click();
      await readsInFull('from a tag page');
      await open(page, '/search');
      await page.getByRole('searchbox').fill('metered paywalls');
      await page.locator('main').getByRole('link', { name: premiumTitle }).first().click();
      await readsInFull('from search');
      await open(page, '/blog/pricing-a-membership-tier');
      expect(await paywalls()).toBe(0);
      await page.locator('main article').locator(`a[href="/blog/${premium}"]`).first().click();
      await readsInFull('from a link in a post');
    }));

  it('as an editor, opens the editors’ area and previews a draft and a scheduled post', () =>
    withDemoPage(async (page) => {
      await signIn(page, 'Eda Lindqvist');
      expect(pathOf(page)).toBe('/dashboard');
      await page.getByRole('link', { name: 'Drafts and scheduled posts' }).click();
      await page.waitForURL('**/dashboard/editor');
      for (const post of [draft, scheduled]) {
        await page.getByRole('link', { name: post.title }).click();
        await page.waitForURL(`**/dashboard/editor/${post.slug}`);
        expect(await page.getByRole('complementary', { name: 'Preview' }).innerText()).toContain(
          'readers cannot see this post yet',
        );
        expect(await page.locator('main h1').innerText()).toBe(post.title);
        await page.getByRole('link', { name: 'All drafts and scheduled posts' }).click();
        await page.waitForURL('**/dashboard/editor');
      }
    }));

  // The reading is rendered once per class of reader and kept (lib/auth/proxy/readings): its header knows
  // nobody, and it must serve whoever is signed in now.
  it('reads a premium post whose theme switch works, then reads it as another identity', () =>
    withDemoPage(async (page) => {
      await signIn(page, 'Sam Reyes', `/blog/${premium}`);
      expect(await page.getByRole('banner').getByRole('link', { name: 'Dashboard' }).count()).toBe(
        1,
      );
      const isDark = () => page.evaluate(() => document.documentElement.classList.contains('dark'));
      expect(await isDark()).toBe(false);
      await page.getByRole('button', { name: 'Dark theme' }).click();
      expect(await isDark()).toBe(true);
      await page.reload({ waitUntil: 'networkidle' });
      expect(await isDark()).toBe(true);
      await page.getByRole('button', { name: 'Dark theme' }).click();
      expect(await isDark()).toBe(false);
      await signIn(page, 'Mina Okafor', `/blog/${premium}`);
      expect(await mainText(page)).not.toContain(normalise(premiumSecret!));
      await page.getByRole('heading', { name: 'This post is part of the premium plan' }).waitFor();
      await signIn(page, 'Eda Lindqvist', `/blog/${premium}`);
      expect(await mainText(page)).toContain(normalise(premiumSecret!));
      expect(await page.getByText('Link works for').count()).toBe(1);
    }));

  it('as a team member whose organization pays, reads a premium post in full', () =>
    withDemoPage(async (page) => {
      await signIn(page, 'Tomás Berg', `/blog/${premium}`);
      expect(pathOf(page)).toBe(`/blog/${premium}`);
      expect(await mainText(page)).toContain(normalise(premiumSecret!));
      expect(
        await page.getByRole('heading', { name: 'This post is part of the premium plan' }).count(),
      ).toBe(0);
    }));

  it('with a pending session, lands on the task page first, and finishes the task', () =>
    withDemoPage(async (page) => {
      await signIn(page, 'Pat Lee', '/dashboard');
      expect(pathOf(page)).toBe('/sign-in/tasks');
      await page.getByRole('heading', { name: 'One more step' }).waitFor();
      await page.getByRole('button', { name: 'Finish the task' }).click();
      await page.waitForURL('**/dashboard');
      expect(await page.getByRole('heading', { name: 'Your plan: Member' }).count()).toBe(1);
    }));

  it('subscribes from the post they were reading and is back on it, told so', () =>
    withDemoPage(async (page) => {
      await signIn(page, 'Mina Okafor');
      await open(page, `/pricing?redirect_url=${encodeURIComponent(`/blog/${premium}`)}`);
      await page.getByRole('button', { name: 'Subscribe (demo)' }).click();
      await page.waitForURL((url) => url.pathname === `/blog/${premium}`);
      await page
        .getByRole('status')
        .getByText('You are subscribed: every premium post is open to you.')
        .waitFor();
      await screenshot(page, 'member-subscribed-notice');
      // Said once: the address no longer asks for it, so a reload or a shared link is quiet.
      expect(new URL(page.url()).search).toBe('');
      await page.getByRole('button', { name: 'Dismiss' }).click();
      expect(await page.getByText('You are subscribed').count()).toBe(0);
    }));

  it.each(['https://evil.example/blog', '//evil.example/blog', '/\\evil.example'])(
    'after subscribing, never leaves the site for %s',
    (target) =>
      withDemoPage(async (page) => {
        await signIn(page, 'Mina Okafor');
        await open(page, `/pricing?redirect_url=${encodeURIComponent(target)}`);
        await page.getByRole('button', { name: 'Subscribe (demo)' }).click();
        await page.waitForURL((url) => url.pathname === '/dashboard');
        expect(new URL(page.url()).origin).toBe(new URL(demo()).origin);
        await page.getByRole('status').getByText('You are subscribed').waitFor();
      }),
  );

  it('on pricing, signed in, sees their plan marked and is offered only what they lack', () =>
    withDemoPage(async (page) => {
      await signIn(page, 'Mina Okafor');
      await open(page, '/pricing');
      const memberPlan = page.getByRole('region', { name: 'Member', exact: true });
      const premiumPlan = page.getByRole('region', { name: 'Premium', exact: true });
      await memberPlan.getByText('Your current plan').waitFor();
      expect(await premiumPlan.getByText('Your current plan').count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Create a free account' }).count()).toBe(0);
      expect(await premiumPlan.getByRole('button', { name: 'Subscribe (demo)' }).count()).toBe(1);

      await page.getByRole('button', { name: 'Subscribe (demo)' }).click();
      await page.waitForURL((url) => url.pathname === '/dashboard');
      await open(page, '/pricing');
      await premiumPlan.getByText('Your current plan').waitFor();
      expect(await memberPlan.getByText('Your current plan').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Subscribe (demo)' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Create a free account' }).count()).toBe(0);
      await screenshot(page, 'member-pricing-premium');
    }));

  it('signs out from the account menu and is back on the public site, signed out, told so', () =>
    withDemoPage(async (page) => {
      await signIn(page, 'Sam Reyes');
      await page.locator('summary', { hasText: 'Sam Reyes' }).click();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByRole('status').getByText('You have signed out.').waitFor();
      expect(await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).count()).toBe(1);
      await open(page, '/dashboard');
      expect(pathOf(page)).toBe('/sign-in');
    }));

  it('reaches the settings from the account menu', () =>
    withDemoPage(async (page) => {
      await signIn(page, 'Mina Okafor');
      await page.locator('summary', { hasText: 'Mina Okafor' }).click();
      await page.getByRole('link', { name: 'Settings' }).first().click();
      await page.waitForURL((url) => url.pathname === '/settings');
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
    }));

  it('switches identity from the account menu', () =>
    withDemoPage(async (page) => {
      await signIn(page, 'Mina Okafor');
      await page.locator('summary', { hasText: 'Mina Okafor' }).click();
      await page.getByRole('link', { name: 'Switch identity' }).click();
      await continueAs(page, 'Eda Lindqvist');
      expect(await page.locator('summary', { hasText: 'Eda Lindqvist' }).count()).toBe(1);
      expect(await page.getByRole('link', { name: 'Drafts and scheduled posts' }).count()).toBe(1);
    }));
});

/** Each member page type, as the identity that sees it. */
const MEMBER_PAGES = [
  { name: 'sign-in-picker', as: undefined, path: '/sign-in' },
  { name: 'upgrade-offer', as: 'Mina Okafor', path: `/blog/${premium}` },
  { name: 'dashboard', as: 'Sam Reyes', path: '/dashboard' },
  { name: 'account-menu', as: 'Sam Reyes', path: '/dashboard', menu: true },
  { name: 'premium-post', as: 'Sam Reyes', path: `/blog/${premium}` },
  { name: 'settings', as: 'Sam Reyes', path: '/settings' },
  { name: 'editors-list', as: 'Eda Lindqvist', path: '/dashboard/editor' },
  { name: 'editor-preview', as: 'Eda Lindqvist', path: `/dashboard/editor/${draft.slug}` },
  { name: 'session-task', as: 'Pat Lee', path: '/dashboard' },
] as const;

describe.each(['light', 'dark'] as const)(
  'member pages of the demo in the %s theme',
  (colorScheme) => {
    it.each(MEMBER_PAGES)('$name has no axe violations', (member) =>
      withDemoPage(async (page) => {
        if (member.as) await signIn(page, member.as, member.path);
        else await open(page, member.path);
        if ('menu' in member) await page.locator('summary').click();
        expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
          colorScheme === 'dark',
        );
        await expectNoAxeViolations(page, member.name, colorScheme);
      }, colorScheme),
    );
  },
);

describe('the demo’s published posts', () => {
  it('are all listed on the dashboard of a subscriber, each open', () =>
    withDemoPage(async (page) => {
      await signIn(page, 'Sam Reyes');
      const gated = [...publishedSlugs('members'), ...publishedSlugs('premium')];
      expect(await page.getByText('Open to you').count()).toBe(gated.length);
    }));
});
