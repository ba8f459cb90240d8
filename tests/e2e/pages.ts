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
