// @ts-check

/**
 * The site's addresses, one spelling each: pages link with these, and the proxy's route list, the
 * robots rules, the scripts and the settings next.config.mjs reads are built from them. Plain
 * JavaScript, type-checked from its JSDoc, because next.config.mjs imports it through those settings.
 */

/**
 * The address of one thing below `prefix` (a post, a tag, a key): each kind of href is made once.
 * @param {string} prefix
 * @returns {(segment: string) => string}
 */
const below = (prefix) => (segment) => `${prefix}/${segment}`;

/** The readers' pages: public, static, the same for everyone. */
export const BLOG_PATH = '/blog';
export const TAGS_PATH = '/tags';
export const SEARCH_PATH = '/search';
export const PRICING_PATH = '/pricing';
export const RSS_FEED_PATH = '/feed.xml';
export const JSON_FEED_PATH = '/feed.json';
/** The search index: this manifest, then the shards of a query's words and the chunks of the posts found. */
export const SEARCH_INDEX_PATH = '/search.json';
export const SEARCH_SHARDS_PATH = `${SEARCH_PATH}/terms`;
export const SEARCH_CHUNKS_PATH = `${SEARCH_PATH}/posts`;

/**
 * A term shard by its file name (`shardFileName` in lib/search/terms).
 * @param {string} fileName
 */
export function searchShardHref(fileName) {
  return `${SEARCH_SHARDS_PATH}/${fileName}.json`;
}

/** @param {number} index */
export function searchChunkHref(index) {
  return `${SEARCH_CHUNKS_PATH}/${index}.json`;
}

export const AUTHORS_PATH = '/authors';

/** An author's page: their published posts, newest first. */
export const authorHref = below(AUTHORS_PATH);

/**
 * A post's one address: the full text for whoever may read it (a gated post's signed-in readers get
 * their rendering through the proxy, lib/auth/proxy/readings), the preview and an offer for anyone else.
 */
export const postHref = below(BLOG_PATH);

export const tagHref = below(TAGS_PATH);

/** The member area: rendered per request for a signed-in member, behind the proxy and each page's own check. */
export const DASHBOARD_PATH = '/dashboard';
export const SETTINGS_PATH = '/settings';

/** Where members once read gated posts in full: next.config.mjs redirects it to the post's one address. */
export const OLD_MEMBER_POSTS_PATH = `${DASHBOARD_PATH}/posts`;

/**
 * The renderings of gated posts for signed-in readers (lib/auth/proxy/readings): only the proxy's rewrite of
 * `/blog/<slug>` reaches them; the proxy answers 404 to any request for this prefix.
 */
export const GATED_READING_PATH = '/gated-reading';

/** The editors' area: drafts and scheduled posts, for the organization permission only. */
export const EDITOR_PATH = `${DASHBOARD_PATH}/editor`;

export const editorPostHref = below(EDITOR_PATH);

/** The private API: a member's session, API key or an app's OAuth access token; below it, the machine API for Clerk M2M tokens. */
export const PRIVATE_API_PATH = '/api/private';
export const MACHINE_API_PATH = `${PRIVATE_API_PATH}/machine`;
export const PRIVATE_FEED_PATH = `${PRIVATE_API_PATH}/feed.xml`;

/**
 * A member's private feed for feed readers, which send no headers: the secret is in the path
 * (an API key made for the feed alone). Below the private API, so the proxy checks it too.
 */
export const FEED_URL_PREFIX = `${PRIVATE_API_PATH}/feed`;

export const privateFeedUrlPath = below(FEED_URL_PREFIX);

/** The private API's endpoints for a member's scripts: who the caller is, the gated posts, one post in full. */
export const PRIVATE_ME_PATH = `${PRIVATE_API_PATH}/me`;
export const PRIVATE_POSTS_PATH = `${PRIVATE_API_PATH}/posts`;

export const privateApiPostHref = below(PRIVATE_POSTS_PATH);

/** The private API's OpenAPI description: public, since it describes the API and opens nothing. */
export const OPENAPI_PATH = `${PRIVATE_API_PATH}/openapi.json`;

/** The way in. */
export const SIGN_IN_PATH = '/sign-in';
export const SIGN_UP_PATH = '/sign-up';
export const SIGN_IN_TASKS_PATH = `${SIGN_IN_PATH}/tasks`;

/** The page in the site's frame that the proxy shows, with a 503, where sign-in is not configured. */
export const AUTH_NOT_CONFIGURED_PATH = '/sign-in-unavailable';

/** Where a demo build's sign-in form posts (see lib/demo). */
export const DEMO_SESSION_PATH = '/api/demo/session';
