export interface NavItem {
  href: string;
  label: string;
}

const nav: readonly NavItem[] = [
  { href: '/blog', label: 'Blog' },
  { href: '/tags', label: 'Tags' },
  { href: '/search', label: 'Search' },
  { href: '/pricing', label: 'Pricing' },
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

/** Clerk Billing feature that opens premium posts. */
export const PREMIUM_FEATURE = 'premium_content';

/** Organization permission that opens the editors' area (drafts and scheduled posts). */
export const EDITOR_PERMISSION = 'org:posts:preview';

export const SIGN_IN_PATH = '/sign-in';
export const SIGN_UP_PATH = '/sign-up';

/** Where a demo build's sign-in form posts (see lib/demo). */
export const DEMO_SESSION_PATH = '/api/demo/session';

/**
 * How often, in seconds, the pages and feeds that list posts are regenerated: a post whose date
 * comes appears within this time, without a redeploy. Route files must repeat it as a literal
 * (`export const revalidate = 60`), because Next.js reads segment config without evaluating
 * imports; tests/unit/schedule.test.ts holds every such route to this value.
 */
export const REVALIDATE_SECONDS = 60;

export const DASHBOARD_PATH = '/dashboard';

/** The page in the site's frame that the proxy shows, with a 503, where sign-in is not configured. */
export const AUTH_NOT_CONFIGURED_PATH = '/sign-in-unavailable';

/**
 * Posts whose pages `next build` renders ahead, newest first. Older posts render on their first
 * request and are then kept like the others (REVALIDATE_SECONDS): a build with thousands
 * of posts stays short, and the archive costs one render per post and server copy.
 */
export const PRERENDERED_POSTS = 100;
