import { BASE_KEY_LENGTH, FIELDS, type FieldName, words } from './terms';
import type { PostChunk, SearchEntry, SearchManifest, SearchPost, TermShard } from './types';

/** Posts per chunk: a page of results usually needs a few chunks, each a few kB compressed. */
export const CHUNK_SIZE = 50;

/**
 * A shard above this many bytes of JSON is split by one more character of its words. Sized so that
 * a query of a few words stays within the transfer budget in docs/performance.md.
 */
export const SHARD_BUDGET = 48_000;

export interface SearchIndex {
  manifest: SearchManifest;
  shards: Map<string, TermShard>;
  chunks: PostChunk[];
}

function fieldText(entry: SearchEntry, field: FieldName): string {
  return field === 'tags' ? entry.tags.join(' ') : entry[field];
}

function encode(postings: Map<number, number>): number[] {
  let previous = -1;
  return [...postings].map(([id, bits]) => {
    const gap = id - previous;
    previous = id;
    return gap * 16 + bits;
  });
}

function shardBytes(terms: [string, number[]][]): number {
  return terms.reduce(
    (bytes, [term, postings]) => bytes + term.length + 4 + postings.join(',').length + 1,
    0,
  );
}

/** Files `terms` under `key`, splitting by one more character while a shard is over the budget. */
function fileTerms(
  key: string,
  terms: [string, number[]][],
  budget: number,
  shards: Map<string, TermShard>,
) {
  if (shardBytes(terms) <= budget || terms.every(([term]) => term.length <= key.length)) {
    shards.set(key, { terms: Object.fromEntries(terms) });
    return;
  }
  const groups = new Map<string, [string, number[]][]>();
  for (const entry of terms) {
    const child = entry[0].slice(0, key.length + 1);
    const group = groups.get(child) ?? [];
    group.push(entry);
    groups.set(child, group);
  }
  for (const [child, group] of groups) {
    if (child === key) shards.set(key, { terms: Object.fromEntries(group) });
    else fileTerms(child, group, budget, shards);
  }
}

/**
 * The sharded search index of `entries` (newest first, as lib/content hands them out): posts
 * numbered oldest first, an inverted index of their words split into shards by the words' first
 * characters, and the posts' public fields in chunks. Nothing but what `entries` holds goes in.
 */
export function buildSearchIndex(
  entries: readonly SearchEntry[],
  { chunkSize = CHUNK_SIZE, budget = SHARD_BUDGET } = {},
): SearchIndex {
  const oldestFirst = [...entries].reverse();
  const postings = new Map<string, Map<number, number>>();
  oldestFirst.forEach((entry, id) => {
    for (const field of FIELDS) {
      for (const word of words(fieldText(entry, field.name))) {
        const posts = postings.get(word) ?? new Map<number, number>();
        posts.set(id, (posts.get(id) ?? 0) | field.bit);
        postings.set(word, posts);
      }
    }
  });

  const byBaseKey = new Map<string, [string, number[]][]>();
  for (const word of [...postings.keys()].sort()) {
    const key = word.slice(0, BASE_KEY_LENGTH);
    const terms = byBaseKey.get(key) ?? [];
    terms.push([word, encode(postings.get(word)!)]);
    byBaseKey.set(key, terms);
  }
  const shards = new Map<string, TermShard>();
  for (const [key, terms] of byBaseKey) fileTerms(key, terms, budget, shards);

  const chunks: PostChunk[] = [];
  for (let start = 0; start < oldestFirst.length; start += chunkSize) {
    chunks.push({
      posts: oldestFirst
        .slice(start, start + chunkSize)
        .map(({ slug, title, summary, access, date, authors, readingMinutes }): SearchPost => ({
          slug,
          title,
          summary,
          access,
          date,
          authors,
          readingMinutes,
        })),
    });
  }
  return {
    manifest: { posts: oldestFirst.length, chunkSize, shards: [...shards.keys()].sort() },
    shards,
    chunks,
  };
}
