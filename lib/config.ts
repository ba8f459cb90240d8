/** Site-wide settings and the names of the entitlements the gate checks: one place, one spelling. */
export const site = {
  name: 'Masthead',
  tagline: 'Notes on building and running an independent publication',
  description:
    'Masthead is a publication about running independent web publications: performance, static sites, memberships and the editorial craft behind them.',
  locale: 'en',
  nav: [
    { href: '/blog', label: 'Blog' },
    { href: '/pricing', label: 'Pricing' },
  ],
} as const;

/** Clerk Billing feature that opens premium posts. */
export const PREMIUM_FEATURE = 'premium_content';

/** Organization permission that opens the editors' area (drafts and scheduled posts). */
export const EDITOR_PERMISSION = 'org:posts:preview';

export const SIGN_IN_PATH = '/sign-in';
export const SIGN_UP_PATH = '/sign-up';

/**
 * Posts whose pages `next build` renders ahead, newest first. Older posts render on their first
 * request and are then kept like the others (the readers' `revalidate`): a build with thousands
 * of posts stays short, and the archive costs one render per post and server copy.
 */
export const PRERENDERED_POSTS = 100;
