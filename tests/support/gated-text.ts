import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { PublicPost, RestrictedText } from '@/lib/content/types';

const root = path.resolve(import.meta.dirname, '..', '..');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(root, '.content', file), 'utf8')) as T;

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/**
 * Sentences that only the full text of a post holds (none of them is in the public index),
 * as they appear in a rendered page: proof, when found in a response, that gated text leaked.
 */
export function gatedSentences(): Map<string, string[]> {
  const publicText = readJson<PublicPost[]>('public.json').map((post) => `${post.summary} ${decode(post.publicHtml ?? '')}`).join(' ');
  const bySlug = new Map<string, string[]>();
  for (const { slug, html } of readJson<RestrictedText[]>('restricted.json')) {
    const sentences = decode(html)
      .split(/(?<=[.!?])\s+/)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length >= 60 && /^[\w ,;:()-]+[.!?]$/.test(sentence) && !publicText.includes(sentence));
    bySlug.set(slug, sentences.slice(0, 3));
  }
  return bySlug;
}

/** Sentences of a post's public text: on a private site, even these are for editors only. */
export function publicSentences(slug: string): string[] {
  const post = readJson<PublicPost[]>('public.json').find((candidate) => candidate.slug === slug);
  return decode(post?.publicHtml ?? '')
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 60 && /^[\w ,;:()-]+[.!?]$/.test(sentence))
    .slice(0, 3);
}

export interface Unreleased {
  slug: string;
  title: string;
  draft: boolean;
}

/** The drafts and scheduled posts of the content build, as the editors' index lists them. */
export function unreleasedPosts(): Unreleased[] {
  return readJson<Unreleased[]>('editorial.json');
}

export function publishedSlugs(access: PublicPost['access']): string[] {
  return readJson<PublicPost[]>('public.json').filter((post) => post.access === access && Date.parse(post.date) <= Date.now()).map((post) => post.slug);
}
