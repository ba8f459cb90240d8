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

/** The full text of a gated post or a draft: only the member area imports these. */
export interface RestrictedText {
  slug: string;
  /** As plain HTML, for the members' feed and the private API. */
  html: string;
  /** As the site's pages show it. */
  bodyHtml: string;
  /** Headings of the whole text. */
  toc: TocEntry[];
}

/** A gated post, published or scheduled, as the proxy knows it (`.content/gated.json`): no text at all. */
export interface GatedPostEntry {
  slug: string;
  access: 'members' | 'premium';
  /** ISO timestamp: the post opens then. */
  date: string;
}
