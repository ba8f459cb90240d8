import type { StoredFrontmatter } from './schema';
import type { TocEntry } from './toc';

/** What any channel may know of a post: no body text at all. `date` is an ISO timestamp. */
export type PostMeta = StoredFrontmatter & {
  slug: string;
  readingMinutes: number;
};

/**
 * A post as the public site holds it, with the text anyone may read (the full text of a public
 * post, the preview of a gated one, or null when a gated post has no preview beyond its summary).
 * Drafts are not in the public set.
 */
export type PublicPost = PostMeta & {
  /** As plain HTML, for feeds. */
  publicHtml: string | null;
  /** As the site's pages show it (components/post/post-body.tsx). */
  publicBodyHtml: string | null;
  /** Headings of the public text only. */
  toc: TocEntry[];
};

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
