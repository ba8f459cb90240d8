import 'server-only';

import { ANONYMOUS, decide } from '@/lib/auth/policy';
import type { PostWithPublicHtml } from '@/lib/content/types';

import type { SearchEntry } from './types';

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  '#x27': "'",
  nbsp: ' ',
};

/** The words of an HTML text, without markup and without the "#" of heading anchors. */
export function htmlToText(html: string): string {
  return html
    .replace(/<a[^>]*class="heading-anchor"[^>]*>.*?<\/a>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#?\w+);/g, (match, name: string) => entities[name] ?? match)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The static search index. It is public, so it holds what an anonymous reader may read: title,
 * summary and tags of every post, and the text of a post only when the policy opens it in full
 * (a gated post is found by its summary, never by its text).
 */
export function searchEntries(posts: PostWithPublicHtml[]): SearchEntry[] {
  return posts.map((post) => ({
    slug: post.slug,
    title: post.title,
    summary: post.summary,
    tags: post.tags,
    access: post.access,
    date: post.date,
    authors: post.authors,
    readingMinutes: post.readingMinutes,
    text: decide(post.access, ANONYMOUS).full && post.publicHtml ? htmlToText(post.publicHtml) : '',
  }));
}
