import type { Access } from './schema';

/** What any channel may know of a post: no body text at all. */
export interface PostMeta {
  slug: string;
  title: string;
  /** ISO timestamp of publication. */
  date: string;
  updated: string | null;
  summary: string;
  tags: string[];
  access: Access;
  draft: boolean;
  authors: string[];
  image: string | null;
  readingMinutes: number;
}

/**
 * A post as the public site holds it: `publicCode` is the compiled MDX anyone may read (the
 * full text of a public post, the preview of a gated one, or null when a gated post has no
 * preview beyond its summary). Drafts are not in the public set.
 */
export interface PublicPost extends PostMeta {
  publicCode: string | null;
  /** `publicCode` as plain HTML, for feeds. */
  publicHtml: string | null;
}

/** The full text of a gated post or a draft: only the member area imports these. */
export interface RestrictedText {
  slug: string;
  code: string;
  /** Plain HTML, for channels that leave the site (the private API, feeds). */
  html: string;
  /** The body as the member area shows it, rendered once per build (never per viewer). */
  pageHtml: string;
}
