import { describe, expect, it } from 'vitest';

import { buildSearchIndex, type SearchIndex } from '@/lib/search/build';
import { htmlToText, searchEntries } from '@/lib/search/entries';
import { createSearcher } from '@/lib/search/query';
import { shardFileName, shardKeyFromFileName, shardKeyOf, shardsForTerm } from '@/lib/search/terms';
import type { SearchEntry } from '@/lib/search/types';

import { fixturePost, fixturePosts } from '../support/post-fixtures';

/** A searcher over an index in memory, recording each file it asks for. */
function searcherOver(index: SearchIndex) {
  const asked: string[] = [];
  const searcher = createSearcher(
    async (file) => {
      asked.push(file);
      const [kind, name = ''] = file.split(':');
      const found =
        kind === 'manifest'
          ? index.manifest
          : kind === 'shard'
            ? index.shards.get(name)
            : index.chunks[Number(name)];
      if (!found) throw new Error(`${file}: 404`);
      return found;
    },
    { manifest: 'manifest', shard: (key) => `shard:${key}`, chunk: (i) => `chunk:${i}` },
  );
  const find = async (query: string) =>
    (await searcher.posts((await searcher.search(query)).ranked)).map((post) => post.slug);
  return { asked, find };
}

describe('the search index', () => {
  const entries = searchEntries(fixturePosts);
  const index = buildSearchIndex(entries);

  it('takes exactly the public fields of each post, and shows only what a result shows', () => {
    for (const entry of entries)
      expect(Object.keys(entry).sort()).toEqual([
        'access',
        'authors',
        'date',
        'readingMinutes',
        'slug',
        'summary',
        'tags',
        'text',
        'title',
      ]);
    const posts = index.chunks.flatMap((chunk) => chunk.posts);
    for (const post of posts)
      expect(Object.keys(post).sort()).toEqual([
        'access',
        'authors',
        'date',
        'readingMinutes',
        'slug',
        'summary',
        'title',
      ]);
  });

  it('takes the text of public posts as plain words', () => {
    expect(entries.find((entry) => entry.slug === 'public-two')?.text).toBe(
      'Heading Caching & CDNs explained.',
    );
  });

  it('holds no word of gated posts’ text, not even of their preview', () => {
    for (const entry of entries.filter((candidate) => candidate.access !== 'public'))
      expect(entry.text).toBe('');
    const words = [...index.shards.values()].flatMap((shard) => Object.keys(shard.terms));
    expect(words).toContain('explained');
    expect(words).not.toContain('preview');
    expect(words).not.toContain('paragraph');
    expect(JSON.stringify([...index.shards.values(), ...index.chunks])).not.toContain('preview');
  });

  it('strips markup and heading anchors', () => {
    expect(
      htmlToText(
        '<h2 id="a">Intro<a class="heading-anchor" href="#a">#</a></h2>\n<p>It&#x27;s <em>here</em></p>',
      ),
    ).toBe("Intro It's here");
  });

  it('numbers posts oldest first, so that a post coming due changes no other post’s place', () => {
    const newer = fixturePost({ slug: 'newest', date: '2026-06-01T00:00:00.000Z' });
    const later = buildSearchIndex(searchEntries([newer, ...fixturePosts]));
    expect(later.chunks[0]?.posts.slice(0, fixturePosts.length)).toEqual(index.chunks[0]?.posts);
    expect(later.chunks[0]?.posts.map((post) => post.slug)).toEqual([
      'public-one',
      'public-two',
      'members-post',
      'premium-post',
      'newest',
    ]);
  });

  it('splits posts into chunks of the given size', () => {
    const chunked = buildSearchIndex(entries, { chunkSize: 3 });
    expect(chunked.manifest).toMatchObject({ posts: 4, chunkSize: 3 });
    expect(chunked.chunks.map((chunk) => chunk.posts.length)).toEqual([3, 1]);
  });
});

describe('sharding', () => {
  const word = (text: string, slug = text): SearchEntry => ({
    ...searchEntries([fixturePost({ slug })])[0]!,
    title: text,
    summary: '',
    tags: [],
    text: '',
  });
  // Newest first, as lib/content hands them out: ties in score keep this order.
  const many = ['pa', 'pack', 'page', 'pages', 'paint', 'paywall', 'peer', 'x'].map((text) =>
    word(text),
  );

  it('files each word under its first two characters, a one-letter word under itself', () => {
    const { manifest, shards } = buildSearchIndex(many);
    expect(manifest.shards).toEqual(['pa', 'pe', 'x']);
    expect(Object.keys(shards.get('pa')!.terms)).toEqual([
      'pa',
      'pack',
      'page',
      'pages',
      'paint',
      'paywall',
    ]);
  });

  it('splits a shard over the budget by one more character, keeping the word equal to its key', () => {
    const { manifest, shards } = buildSearchIndex(many, { budget: 30 });
    expect(manifest.shards).toEqual(['pa', 'pac', 'pag', 'pai', 'pay', 'pe', 'x']);
    expect(Object.keys(shards.get('pa')!.terms)).toEqual(['pa']);
    expect(Object.keys(shards.get('pag')!.terms)).toEqual(['page', 'pages']);
  });

  it('looks a word up in the longest key that begins it, and a prefix in every shard below it', () => {
    const keys = ['pa', 'pac', 'pag', 'pai', 'pay', 'pe', 'x'];
    expect(shardKeyOf('pages', new Set(keys))).toBe('pag');
    expect(shardKeyOf('pa', new Set(keys))).toBe('pa');
    expect(shardsForTerm('pag', keys)).toEqual(['pag']);
    expect(shardsForTerm('pages', keys)).toEqual(['pag']);
    expect(shardsForTerm('pa', keys)).toEqual(['pa', 'pac', 'pag', 'pai', 'pay']);
    expect(shardsForTerm('x', keys)).toEqual(['x']);
    expect(shardsForTerm('p', keys)).toEqual([]);
    expect(shardsForTerm('zebra', keys)).toEqual([]);
  });

  it('finds the same posts however the shards are split', async () => {
    for (const budget of [30, 48_000]) {
      const { find } = searcherOver(buildSearchIndex(many, { budget }));
      expect(await find('pag')).toEqual(['page', 'pages']);
      expect(await find('pa')).toEqual(['pa', 'pack', 'page', 'pages', 'paint', 'paywall']);
      expect(await find('x')).toEqual(['x']);
    }
  });

  it('names shard files in plain ASCII and reads the names back', () => {
    for (const key of ['pa', 'ø', 'øy', '日本', '𝔸b'])
      expect(shardKeyFromFileName(shardFileName(key))).toBe(key);
    expect(shardFileName('pa')).toBe('pa');
    expect(shardFileName('ø')).toBe('_0000f8');
    for (const name of ['Pa', '_f8', '_00006100', '../pa', '_110000', ''])
      expect(shardKeyFromFileName(name)).toBeUndefined();
  });
});

describe('searching', () => {
  const index = buildSearchIndex(searchEntries(fixturePosts));

  it('finds a post by a word of its public text, or by a word’s beginning', async () => {
    const { find } = searcherOver(index);
    expect(await find('cdns')).toEqual(['public-two']);
    expect(await find('cdn')).toEqual(['public-two']);
    expect(await find('dns')).toEqual([]);
  });

  it('finds gated posts by title, summary or tag, never by their preview', async () => {
    const { find } = searcherOver(index);
    expect(await find('memberships')).toEqual(['premium-post', 'members-post']);
    expect(await find('summary premium')).toEqual(['premium-post']);
    expect(await find('paragraph')).toEqual([]);
  });

  it('needs every word, ignores case and accents, and ranks title matches first', async () => {
    const { find } = searcherOver(index);
    expect((await find('PUBLIC-ONE'))[0]).toBe('public-one');
    expect(await find('públic twó')).toEqual(['public-two']);
    expect(await find('public nothing-like-this')).toEqual([]);
  });

  it('answers an empty query with no results', async () => {
    const { find } = searcherOver(index);
    expect(await find('   ')).toEqual([]);
  });

  it('loads only the manifest, the shards of the query’s words and the chunks of the posts found, each once', async () => {
    const { asked, find } = searcherOver(
      buildSearchIndex(searchEntries(fixturePosts), { chunkSize: 2 }),
    );
    await find('caching explained');
    await find('caching');
    expect(asked).toEqual(['manifest', 'shard:ca', 'shard:ex', 'chunk:0']);
  });
});
