import type { Access } from '@/lib/content/schema';

/** One published post as the search index is built from it: public fields only. */
export interface SearchEntry {
  slug: string;
  title: string;
  summary: string;
  tags: string[];
  access: Access;
  date: string;
  authors: string[];
  readingMinutes: number;
  /** The public text of a public post; empty for a gated post. */
  text: string;
}

/** What a result shows: the post's title, summary and meta line. */
export type SearchPost = Pick<
  SearchEntry,
  'slug' | 'title' | 'summary' | 'access' | 'date' | 'authors' | 'readingMinutes'
>;

/**
 * `/search.json`: what the search page loads first. Posts are numbered oldest first, so a scheduled
 * post that comes due takes the next number and no published post's number changes.
 */
export interface SearchManifest {
  /** How many posts are indexed; post `n` is in chunk `floor(n / chunkSize)`. */
  posts: number;
  chunkSize: number;
  /** The keys of the term shards (see `shardKeyOf`), sorted. */
  shards: string[];
}

/**
 * One term shard: every indexed word that starts with the shard's key, and its postings. A posting
 * is `gap * 16 + fields`, where `gap` is the post's number minus the previous posting's (the first
 * counts from -1) and `fields` the bits of `FIELD_BITS` the word appears in.
 */
export interface TermShard {
  terms: Record<string, number[]>;
}

/** One chunk of posts, `chunkSize` of them in number order (the last may be shorter). */
export interface PostChunk {
  posts: SearchPost[];
}
