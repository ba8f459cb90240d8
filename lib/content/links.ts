import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

import {
  AUTHORS_PATH,
  authorHref,
  BLOG_PATH,
  DASHBOARD_PATH,
  JSON_FEED_PATH,
  PRICING_PATH,
  RSS_FEED_PATH,
  SEARCH_PATH,
  SETTINGS_PATH,
  SIGN_IN_PATH,
  SIGN_UP_PATH,
  tagHref,
  TAGS_PATH,
} from '../paths';
import { LIST_PAGE_SIZE, pageCount, parsePageParam } from './pagination';

/** What a post's links are checked against: the site's routes and what each post holds. */
export interface LinkTargets {
  /** Every post by slug (drafts too: a draft may link to another before both are published), with its heading ids, or null when its body did not parse. */
  posts: Map<string, ReadonlySet<string> | null>;
  /** The tags of the posts to publish, with how many posts carry each: tag pages exist for these only. */
  tags: ReadonlyMap<string, number>;
  /** The authors with a page (lib/config.ts, AUTHORS), with how many posts to publish name each. */
  authors: ReadonlyMap<string, number>;
  /** How many posts the blog index lists, for its later pages. */
  published: number;
  /** Folder that `/images/...` and other files are served from. */
  publicDir: string;
}

export interface LinkProblem {
  message: string;
  fix: string;
}

/** The pages that exist whatever the content: one spelling each, from lib/paths. */
const PAGES = [
  '/',
  BLOG_PATH,
  TAGS_PATH,
  SEARCH_PATH,
  PRICING_PATH,
  RSS_FEED_PATH,
  JSON_FEED_PATH,
  '/sitemap.xml',
  '/robots.txt',
  SIGN_IN_PATH,
  SIGN_UP_PATH,
  DASHBOARD_PATH,
  SETTINGS_PATH,
];

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** A percent-encoded part as text; one that does not decode is kept as written (and matches nothing). */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The address a relative link was probably meant as: `blog/x` and `./blog/x` as `/blog/x`. */
function fromRoot(url: string): string {
  return `/${url.replace(/^(?:\.\.?\/)+/, '')}`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest of `candidates` to `wrong`, if it is a slip of a few characters. */
function closest(wrong: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(wrong, candidate);
    if (
      distance <= Math.max(1, Math.floor(candidate.length / 4)) &&
      (!best || distance < best.distance)
    )
      best = { candidate, distance };
  }
  return best?.candidate;
}

function missingHeading(
  url: string,
  id: string,
  headings: ReadonlySet<string>,
  where: string,
): LinkProblem {
  const near = closest(id, headings);
  return {
    message: `link to a heading ${where} does not have: ${url}`,
    fix: near
      ? `did you mean #${near}? A heading's anchor is its text in lowercase with hyphens`
      : headings.size > 0
        ? `link to one of its headings: ${[...headings].map((heading) => `#${heading}`).join(', ')}`
        : 'it has no headings: link to the post itself',
  };
}

function isPublicFile(publicDir: string, pathname: string): boolean {
  const file = path.join(publicDir, pathname);
  return file.startsWith(publicDir + path.sep) && existsSync(file) && statSync(file).isFile();
}

/**
 * The problem with a link to `<base>/page/<raw>`, a later page of a list whose pages run from
 * `base` (page 1) to `last`, if there is no such page (`what` names the list).
 */
function laterPageProblem(
  url: string,
  base: string,
  raw: string,
  last: number,
  what: string,
): LinkProblem | null {
  const page = parsePageParam(raw);
  return page !== null && page >= 2 && page <= last
    ? null
    : {
        message: `link to a page of ${what} that does not exist: ${url}`,
        fix:
          last === 1
            ? `it has one page: link to ${base}`
            : `its pages are ${base} and ${base}/page/2 to ${base}/page/${last}`,
      };
}

/**
 * The problem with a link to a tag's or an author's list of `count` posts at `base`, LIST_PAGE_SIZE
 * a page: none for the list itself, and for `<base>/page/<laterPage>` whether that page exists.
 */
function listProblem(
  url: string,
  base: string,
  count: number,
  laterPage: string | undefined,
  what: string,
): LinkProblem | null {
  return laterPage === undefined
    ? null
    : laterPageProblem(url, base, laterPage, pageCount(count, LIST_PAGE_SIZE), what);
}

/** The problem with a root-relative link, if it names no page of the site, or no heading of its post. */
function sitePathProblem(url: string, targets: LinkTargets): LinkProblem | null {
  const parsed = new URL(url, 'http://site.invalid');
  const pathname =
    parsed.pathname.length > 1 ? parsed.pathname.replace(/\/$/, '') : parsed.pathname;
  const [, section, name, extra, ...rest] = pathname.split('/');
  if (PAGES.includes(pathname)) return null;
  if (section === BLOG_PATH.slice(1) && name === 'page' && extra !== undefined && rest.length === 0)
    return laterPageProblem(url, BLOG_PATH, extra, pageCount(targets.published), 'the blog index');
  // `<list>/page/<n>`: a later page of a tag's or an author's posts.
  const laterPage = extra === 'page' && rest.length === 1 ? rest[0] : undefined;
  if (section === BLOG_PATH.slice(1) && name !== undefined && extra === undefined) {
    const slug = decoded(name);
    if (!targets.posts.has(slug)) {
      const near = closest(slug, targets.posts.keys());
      return {
        message: `link to a post that does not exist: ${url}`,
        fix: near
          ? `did you mean ${BLOG_PATH}/${near}?`
          : "check the slug: it is the post's file name without .mdx",
      };
    }
    const headings = targets.posts.get(slug);
    const id = decoded(parsed.hash.slice(1));
    return id && headings && !headings.has(id)
      ? missingHeading(url, id, headings, 'that post')
      : null;
  }
  if (
    section === TAGS_PATH.slice(1) &&
    name !== undefined &&
    (extra === undefined || laterPage !== undefined)
  ) {
    const count = targets.tags.get(name);
    if (count !== undefined)
      return listProblem(url, tagHref(name), count, laterPage, `the tag ${name}`);
    return {
      message: `link to a tag no published post has: ${url}`,
      fix: `use one of ${[...targets.tags.keys()].map((tag) => `${TAGS_PATH}/${tag}`).join(', ')}`,
    };
  }
  if (
    section === AUTHORS_PATH.slice(1) &&
    name !== undefined &&
    (extra === undefined || laterPage !== undefined)
  ) {
    const count = targets.authors.get(name);
    if (count !== undefined)
      return listProblem(url, authorHref(name), count, laterPage, `the author ${name}`);
    return {
      message: `link to an author page that does not exist: ${url}`,
      fix: `use one of ${[...targets.authors.keys()].map((id) => `${AUTHORS_PATH}/${id}`).join(', ')}`,
    };
  }
  if (isPublicFile(targets.publicDir, decoded(pathname))) return null;
  const near = closest(pathname, PAGES);
  return {
    message: `link to a page this site does not have: ${url}`,
    fix: near
      ? `did you mean ${near}?`
      : `link to a post (${BLOG_PATH}/<slug>), a tag, an author or one of ${PAGES.join(', ')}`,
  };
}

/**
 * The problem with a link written in the post `from`, if any. Links to other sites are not
 * followed; every other link must name a page of this site from its root (a relative link would
 * resolve against whichever page shows the post: `/blog/x`, a tag page, a feed reader) and, with
 * `#`, a heading the page has.
 */
export function linkProblem(url: string, from: string, targets: LinkTargets): LinkProblem | null {
  if (SCHEME.test(url) || url.startsWith('//')) return null;
  if (url.trim() === '')
    return {
      message: 'link with no address',
      fix: 'write the address between the parentheses, e.g. /blog/<slug>',
    };
  if (url.startsWith('#')) {
    const headings = targets.posts.get(from);
    const id = decoded(url.slice(1));
    return id && headings && !headings.has(id)
      ? missingHeading(url, id, headings, 'this post')
      : null;
  }
  if (!url.startsWith('/')) {
    return {
      message: `relative link: ${url}`,
      fix: `write it from the site's root, ${fromRoot(url)}, so that it leads to the same page wherever the post is shown`,
    };
  }
  return sitePathProblem(url, targets);
}
