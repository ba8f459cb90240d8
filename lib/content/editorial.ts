import 'server-only';

import editorialIndex from '@/.content/editorial.json';
import publicPosts from '@/.content/public.json';

import { type EditorialEntry, isUnreleased } from './editorial-index';
import { getPublicText } from './public-text';
import { getRestrictedText } from './restricted';
import type { TocEntry } from './toc';

/**
 * The editors' view of unreleased posts. Only the editors' area imports this module: draft
 * titles and summaries are not in the public index, so they stay out of public routes too.
 */
const entries = editorialIndex;

export type EditorialStatus = 'draft' | 'scheduled';

export function statusOf(entry: EditorialEntry): EditorialStatus {
  return entry.draft ? 'draft' : 'scheduled';
}

/** Drafts and scheduled posts as of `now`, soonest first. */
export function getUnreleasedPosts(now: Date = new Date()): EditorialEntry[] {
  return entries.filter((entry) => isUnreleased(entry, now));
}

export function getUnreleasedPost(
  slug: string,
  now: Date = new Date(),
): EditorialEntry | undefined {
  return getUnreleasedPosts(now).find((entry) => entry.slug === slug);
}

/**
 * The full text of an unreleased post as the page shows it, with its headings. Drafts and gated
 * posts have a restricted text; a scheduled public post's full text is its public body, in
 * `.content/public-text/` until its date comes (the public routes filter it out by date).
 */
export function getUnreleasedText(slug: string): { bodyHtml: string; toc: TocEntry[] } | undefined {
  const restricted = getRestrictedText(slug);
  if (restricted) return restricted;
  const scheduled = publicPosts.find((post) => post.slug === slug);
  const text = scheduled && getPublicText(scheduled);
  return text?.bodyHtml ? { bodyHtml: text.bodyHtml, toc: text.toc } : undefined;
}
