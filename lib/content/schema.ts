/** The frontmatter contract of a post (design.md, "Content contract"). */
export const ACCESS_LEVELS = ['public', 'members', 'premium'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

export function isAccess(value: unknown): value is Access {
  return typeof value === 'string' && (ACCESS_LEVELS as readonly string[]).includes(value);
}

export const REQUIRED_FIELDS = ['title', 'date', 'summary'] as const;

/** A slug is the file name: what stands in the URL, so only what needs no escaping there. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const TAG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const OPTIONAL_FIELDS = ['tags', 'access', 'draft', 'authors', 'image', 'updated'] as const;

/** Components an editor may use in a post without importing them. */
export const MDX_COMPONENTS = ['Paywall', 'Callout', 'Figure'] as const;

export const CALLOUT_TYPES = ['note', 'warning', 'tip'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export const SUMMARY_SOFT_LIMIT = 200;

/** What `npm run new-post` writes as the summary: a post cannot be published with it. */
export const SUMMARY_PLACEHOLDER = 'One or two sentences for the blog index, feeds and search results.';
