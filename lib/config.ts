import { BLOG_PATH, PRICING_PATH, SEARCH_PATH, TAGS_PATH } from './paths';

export interface NavItem {
  href: string;
  label: string;
}

const nav: readonly NavItem[] = [
  { href: BLOG_PATH, label: 'Blog' },
  { href: TAGS_PATH, label: 'Tags' },
  { href: SEARCH_PATH, label: 'Search' },
  { href: PRICING_PATH, label: 'Pricing' },
];

/** Site-wide settings and the names of the entitlements the gate checks: one place, one spelling. */
export const site = {
  name: 'Masthead',
  tagline: 'Notes on building and running an independent publication',
  description:
    'Masthead is a publication about running independent web publications: performance, static sites, memberships and the editorial craft behind them.',
  locale: 'en',
  nav,
  /** Slugs the home page features above the latest posts; unknown or unpublished ones are skipped. */
  featured: ['metered-paywalls-on-static-sites', 'static-first-publishing'],
} as const;

export interface Author {
  /** What posts write in `authors`, and the address of the author's page (`/authors/<id>`). */
  id: string;
  name: string;
}

/**
 * The publication's writers. Each has a page listing their posts, and bylines link to it; an id
 * not listed here still reads as a name (ada-lindqvist as "Ada Lindqvist") but has no page. The
 * first is the byline `npm run new-post` writes unless told otherwise.
 */
export const AUTHORS: readonly [Author, ...Author[]] = [
  { id: 'ada-lindqvist', name: 'Ada Lindqvist' },
  { id: 'tomas-okafor', name: 'Tomás Okafor' },
];

export interface Plan {
  /** The plan's key in Clerk Billing. */
  key: 'member' | 'premium';
  name: string;
  /** As a reader sees it, with its currency (readers come from everywhere); Clerk Billing must charge the same (its dashboard holds the plans it bills). */
  price: string;
  /** What the price buys, e.g. "per month"; none for a free plan. */
  period?: string;
  /** Another way to pay, under the price. */
  alternative?: string;
  summary: string;
  features: readonly string[];
}

/** The plans, for the pricing page's plain-HTML table (what shows without Clerk's script, and in a demo). */
export const PLANS: readonly [Plan, Plan] = [
  {
    key: 'member',
    name: 'Member',
    price: 'Free',
    summary: 'For regular readers: every public post, and the members-only posts in full.',
    features: [
      'Every public post and both feeds',
      'The members-only posts in full',
      'A private full-text RSS feed',
      'Gift links to share a members-only post',
    ],
  },
  {
    key: 'premium',
    name: 'Premium',
    price: 'US$18',
    period: 'per month',
    alternative: 'or US$180 a year',
    summary: 'For readers who use our reporting in their work.',
    features: [
      'Everything a member has',
      'The premium deep dives in full',
      'Gift links to share a premium post',
      'Cancel at any time from your account',
    ],
  },
];

/** Clerk Billing feature that opens premium posts. */
export const PREMIUM_FEATURE = 'premium_content';

/** Organization permission that opens the editors' area (drafts and scheduled posts). */
export const EDITOR_PERMISSION = 'org:posts:preview';

/**
 * How often, in seconds, the pages and feeds that list posts are regenerated: a post whose date
 * comes appears within this time, without a redeploy. Route files must repeat it as a literal
 * (`export const revalidate = 60`), because Next.js reads segment config without evaluating
 * imports; tests/unit/schedule.test.ts holds every such route to this value.
 */
export const REVALIDATE_SECONDS = 60;

/**
 * How many of the newest gated posts have their readings (one page per class of signed-in reader)
 * rendered by `next build`; an older one's are rendered on their first request and kept.
 */
export const PRERENDERED_GATED_POSTS = 100;
