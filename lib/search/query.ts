import { fieldsScore, queryTerms, shardsForTerm, termMatches } from './terms';
import type { PostChunk, SearchManifest, SearchPost, TermShard } from './types';

export interface RankedPost {
  id: number;
  score: number;
}

/** Each post holding `term` (or a word it begins), with the bits of the fields it appears in. */
function postsWith(term: string, shards: readonly TermShard[]): Map<number, number> {
  const found = new Map<number, number>();
  for (const shard of shards) {
    for (const [indexed, postings] of Object.entries(shard.terms)) {
      if (!termMatches(indexed, term)) continue;
      let id = -1;
      for (const posting of postings) {
        id += Math.floor(posting / 16);
        found.set(id, (found.get(id) ?? 0) | (posting % 16));
      }
    }
  }
  return found;
}

/**
 * The posts holding every term, best first: each term adds the weights of the fields it is found in
 * (title, then tags, summary, text); ties go to the newer post. `shardsOf` gives the shards each
 * term needs (see `shardsForTerm`).
 */
export function rankPosts(
  terms: readonly string[],
  shardsOf: (term: string) => readonly TermShard[],
): RankedPost[] {
  if (terms.length === 0) return [];
  const perTerm = terms.map((term) => postsWith(term, shardsOf(term)));
  const [first, ...rest] = perTerm.sort((a, b) => a.size - b.size);
  const ranked: RankedPost[] = [];
  for (const [id, bits] of first ?? []) {
    let score = fieldsScore(bits);
    for (const other of rest) {
      const otherBits = other.get(id);
      if (otherBits === undefined) {
        score = -1;
        break;
      }
      score += fieldsScore(otherBits);
    }
    if (score >= 0) ranked.push({ id, score });
  }
  return ranked.sort((a, b) => b.score - a.score || b.id - a.id);
}

/** How the searcher fetches one file of the index; it resolves to the parsed JSON. */
export type LoadJson = (path: string) => Promise<unknown>;

export interface SearchPaths {
  manifest: string;
  shard: (key: string) => string;
  chunk: (index: number) => string;
}

export interface SearchResults {
  terms: string[];
  ranked: RankedPost[];
}

/**
 * The browser's side of the sharded index: it loads the manifest, then only the shards of a query's
 * words, then only the chunks of the posts on show. Each file is fetched once per page.
 */
export function createSearcher(load: LoadJson, paths: SearchPaths) {
  const files = new Map<string, Promise<unknown>>();
  const once = <T>(path: string): Promise<T> => {
    let file = files.get(path);
    if (!file) {
      file = load(path);
      files.set(path, file);
      file.catch(() => files.delete(path));
    }
    return file as Promise<T>;
  };
  const manifest = () => once<SearchManifest>(paths.manifest);

  async function search(query: string): Promise<SearchResults> {
    const terms = queryTerms(query);
    const { shards: keys } = await manifest();
    const needed = new Map(terms.map((term) => [term, shardsForTerm(term, keys)]));
    const loaded = new Map<string, TermShard>();
    await Promise.all(
      [...new Set([...needed.values()].flat())].map(async (key) => {
        loaded.set(key, await once<TermShard>(paths.shard(key)));
      }),
    );
    const ranked = rankPosts(terms, (term) =>
      (needed.get(term) ?? []).map((key) => loaded.get(key)!),
    );
    return { terms, ranked };
  }

  /** The posts of `ranked`, in its order. */
  async function posts(ranked: readonly RankedPost[]): Promise<SearchPost[]> {
    const { chunkSize } = await manifest();
    const chunkIndexes = [...new Set(ranked.map(({ id }) => Math.floor(id / chunkSize)))];
    const chunks = new Map(
      await Promise.all(
        chunkIndexes.map(
          async (index) => [index, await once<PostChunk>(paths.chunk(index))] as const,
        ),
      ),
    );
    return ranked.map(({ id }) => {
      const post = chunks.get(Math.floor(id / chunkSize))?.posts[id % chunkSize];
      if (!post) throw new Error(`The search index has no post ${id}: reload the page`);
      return post;
    });
  }

  return { manifest, search, posts };
}

export type Searcher = ReturnType<typeof createSearcher>;
