/** Lower case without accents, so that "tomas" finds "Tomás". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text as the index stores them and a query looks them up. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The words of a query, each once, in the order typed. */
export function queryTerms(query: string): string[] {
  return [...new Set(words(query))];
}

/**
 * Where a field's words count: a word in the title counts most, then tags, summary, text. Each
 * field is one bit of a posting, and its weight is what a word found there adds to a post's score.
 */
export const FIELDS = [
  { name: 'title', bit: 8, weight: 8 },
  { name: 'tags', bit: 4, weight: 4 },
  { name: 'summary', bit: 2, weight: 2 },
  { name: 'text', bit: 1, weight: 1 },
] as const;

export type FieldName = (typeof FIELDS)[number]['name'];

export function fieldsScore(bits: number): number {
  return FIELDS.reduce((score, field) => (bits & field.bit ? score + field.weight : score), 0);
}

/** The shard a word is filed under before any split: its first two characters (one for a one-letter word). */
export const BASE_KEY_LENGTH = 2;

/**
 * The shard holding `word`: the longest key that begins it. A shard that grew too big is split by
 * one more character, and the word equal to its key stays in the key's own shard.
 */
export function shardKeyOf(word: string, keys: ReadonlySet<string>): string | undefined {
  for (let length = word.length; length >= Math.min(BASE_KEY_LENGTH, word.length); length--) {
    const key = word.slice(0, length);
    if (keys.has(key)) return key;
  }
  return undefined;
}

/**
 * The shards a query word needs. A word of one character finds only itself (as a prefix it would
 * need every shard of its letter); a longer one finds every word it begins, so "publ" finds
 * "publishing": the shard it falls in, and every shard split off below it.
 */
export function shardsForTerm(term: string, keys: readonly string[]): string[] {
  const set = new Set(keys);
  const own = shardKeyOf(term, set);
  if (term.length < BASE_KEY_LENGTH) return own === term ? [own] : [];
  const below = keys.filter((key) => key.length > term.length && key.startsWith(term));
  return [...new Set([...(own ? [own] : []), ...below])];
}

/** Whether an indexed word answers a query word: the same word, or (for two characters or more) one it begins. */
export function termMatches(indexed: string, term: string): boolean {
  return term.length < BASE_KEY_LENGTH ? indexed === term : indexed.startsWith(term);
}

/** A shard's file name: its key when that is plain ASCII, else "_" and its code points, six hex digits each. */
export function shardFileName(key: string): string {
  return /^[a-z0-9]+$/.test(key)
    ? key
    : `_${[...key].map((char) => char.codePointAt(0)!.toString(16).padStart(6, '0')).join('')}`;
}

/** The key a shard's file name stands for; undefined for a name `shardFileName` never gives. */
export function shardKeyFromFileName(name: string): string | undefined {
  if (/^[a-z0-9]+$/.test(name)) return name;
  const hex = /^_((?:[0-9a-f]{6})+)$/.exec(name)?.[1];
  if (!hex) return undefined;
  const codes = (hex.match(/.{6}/g) ?? []).map((code) => parseInt(code, 16));
  if (codes.some((code) => code > 0x10ffff)) return undefined;
  const key = String.fromCodePoint(...codes);
  return shardFileName(key) === name ? key : undefined;
}
