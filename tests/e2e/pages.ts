/** One page of each type a reader meets, with whether it shows a Clerk component. */
export const PAGE_TYPES = [
  { name: 'home', path: '/', clerk: false },
  { name: 'blog-index', path: '/blog', clerk: false },
  { name: 'blog-page-2', path: '/blog/page/2', clerk: false },
  { name: 'post-public', path: '/blog/static-first-publishing', clerk: false },
  { name: 'post-members', path: '/blog/running-a-weekly-edit-meeting', clerk: false },
  { name: 'post-premium', path: '/blog/metered-paywalls-on-static-sites', clerk: false },
  { name: 'tags', path: '/tags', clerk: false },
  { name: 'tag', path: '/tags/performance', clerk: false },
  { name: 'search', path: '/search?q=static', clerk: false },
  { name: 'not-found', path: '/no-such-page', clerk: false },
  { name: 'post-not-found', path: '/blog/no-such-post', clerk: false },
  { name: 'pricing', path: '/pricing', clerk: true },
  { name: 'sign-in', path: '/sign-in', clerk: true },
] as const;

/** One page of each type a signed-in member meets in the demo build, as the identity (lib/demo/identities) that sees it. */
export const SIGNED_IN_PAGES = [
  { name: 'dashboard-member', as: 'member', path: '/dashboard' },
  { name: 'dashboard-subscriber', as: 'subscriber', path: '/dashboard' },
  { name: 'dashboard-editor', as: 'editor', path: '/dashboard' },
  { name: 'dashboard-team', as: 'team', path: '/dashboard' },
  // A pending session's dashboard is its task page, centred like the sign-in pages' forms.
  { name: 'dashboard-pending', as: 'pending', path: '/dashboard', centred: true },
  { name: 'post-premium', as: 'subscriber', path: '/blog/metered-paywalls-on-static-sites' },
  { name: 'settings', as: 'editor', path: '/settings' },
  { name: 'pricing', as: 'member', path: '/pricing' },
  { name: 'editors-list', as: 'editor', path: '/dashboard/editor' },
  {
    name: 'editor-preview',
    as: 'editor',
    path: '/dashboard/editor/rethinking-the-newsletter-archive',
  },
] as const;
