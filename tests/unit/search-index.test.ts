import { describe, expect, it } from 'vitest';

import { htmlToText, searchEntries } from '@/lib/search/entries';
import { searchPosts } from '@/lib/search/match';

import { fixturePosts } from '../support/post-fixtures';

describe('the search index', () => {
  const index = searchEntries(fixturePosts);

  it('holds exactly the public fields', () => {
    for (const entry of index) expect(Object.keys(entry).sort()).toEqual(['access', 'date', 'slug', 'summary', 'tags', 'text', 'title']);
  });

  it('holds the text of public posts as plain words', () => {
    expect(index.find((entry) => entry.slug === 'public-two')?.text).toBe('Heading Caching & CDNs explained.');
  });

  it('holds no text of gated posts, not even their preview', () => {
    for (const entry of index.filter((candidate) => candidate.access !== 'public')) expect(entry.text).toBe('');
    expect(JSON.stringify(index)).not.toContain('preview paragraph');
  });

  it('strips markup and heading anchors', () => {
    expect(htmlToText('<h2 id="a">Intro<a class="heading-anchor" href="#a">#</a></h2>\n<p>It&#x27;s <em>here</em></p>')).toBe("Intro It's here");
  });
});

describe('searching', () => {
  const index = searchEntries(fixturePosts);

  it('finds a post by a word of its public text', () => {
    expect(searchPosts(index, 'cdns').map((hit) => hit.entry.slug)).toEqual(['public-two']);
  });

  it('finds gated posts by title, summary or tag', () => {
    expect(searchPosts(index, 'memberships').map((hit) => hit.entry.slug)).toEqual(['premium-post', 'members-post']);
    expect(searchPosts(index, 'summary premium').map((hit) => hit.entry.slug)).toEqual(['premium-post']);
  });

  it('needs every word, ignores case and accents, and ranks title matches first', () => {
    expect(searchPosts(index, 'PUBLIC-ONE')[0]?.entry.slug).toBe('public-one');
    expect(searchPosts(index, 'públic twó').map((hit) => hit.entry.slug)).toEqual(['public-two']);
    expect(searchPosts(index, 'public nothing-like-this')).toEqual([]);
  });

  it('answers an empty query with no results', () => {
    expect(searchPosts(index, '   ')).toEqual([]);
  });
});
