import type { SearchEntry } from './types';

export interface SearchHit {
  entry: SearchEntry;
  score: number;
}

const WEIGHTS = { title: 8, tags: 4, summary: 2, text: 1 } as const;

/** Lower-case words of a query; accents are folded so "tomas" finds "Tomás". */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Posts holding every word of the query (anywhere, so a word's beginning finds it), best first: a word in
 * the title counts most, then tags, summary, text. Ties keep the index order (newest first).
 */
export function searchPosts(entries: SearchEntry[], query: string): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    const fields = {
      title: fold(entry.title),
      tags: fold(entry.tags.join(' ').replace(/-/g, ' ')),
      summary: fold(entry.summary),
      text: fold(entry.text),
    };
    let score = 0;
    let all = true;
    for (const term of terms) {
      let termScore = 0;
      for (const field of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]) {
        if (fields[field].includes(term)) termScore += WEIGHTS[field];
      }
      if (termScore === 0) {
        all = false;
        break;
      }
      score += termScore;
    }
    if (all) hits.push({ entry, score });
  }
  return hits.sort((a, b) => b.score - a.score);
}
