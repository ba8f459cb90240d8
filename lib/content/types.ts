import type { StoredFrontmatter } from './schema';
import type { TocEntry } from './toc';

/** What any channel may know of a post: no body text at all. `date` is an ISO timestamp. */
export type PostMeta = StoredFrontmatter & {
  slug: string;
  readingMinutes: number;
};

/**
 * A post as the public index holds it (`.content/public.json`): what list pages, tags, feeds,
 * search and the sitemap need, and no body, so that the index grows by a few hundred bytes a post
 * and a page that imports it does not hold the archive's text. Drafts are not in the public set.
 */
export type PublicPost = PostMeta & {
  /**
   * A hash of the post's public text: a change of the text changes the index, which `next dev`
   * watches (it does not watch the text files the pages read), so the open tab shows the change.
   */
  textVersion: string;
};

/**
 * The text anyone may read of a post (the full text of a public post, the preview of a gated one),
 * one file a post (`.content/public-text/<slug>.json`), read only by what shows that post.
 */
export interface PublicText {
  /** As plain HTML, for feeds and search; null when a gated post has no preview beyond its summary. */
  html: string | null;
  /** As the site's pages show it (components/post/post-body.tsx). */
  bodyHtml: string | null;
  /** Headings of the public text only. */
  toc: TocEntry[];
}

/** A post with its public text as plain HTML: what a feed entry or the search index is made from. */
export type PostWithPublicHtml = PublicPost & { publicHtml: string | null };

/**
 * The full text of a gated post or a draft, one file a post (`.content/restricted-text/<slug>.json`),
 * read only by what renders it in full for an entitled reader (lib/content/restricted.ts).
 */
export interface RestrictedText {
  /** As plain HTML, for the members' feed and the private API. */
  html: string;
  /** As the site's pages show it. */
  bodyHtml: string;
  /** Headings of the whole text. */
  toc: TocEntry[];
}

/**
 * A post with a restricted text, as `.content/restricted-index.json` lists it: no text, only the
 * slug that names its file and a hash of the text, which changes the index when the text changes
 * so that `next dev` (which watches imports, not the files read) re-renders the member pages.
 */
export interface RestrictedEntry {
  slug: string;
  textVersion: string;
}

/** A gated post, published or scheduled, as the proxy knows it (`.content/gated.json`): no text at all. */
export interface GatedPostEntry {
  slug: string;
  access: 'members' | 'premium';
  /** ISO timestamp: the post opens then. */
  date: string;
}
