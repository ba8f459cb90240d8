import { describe, expect, it } from 'vitest';

import { leaksIn, readPostSources, secretSentences, secretWords } from '../support/gated-text';
import { required } from '../support/required';

const secrets = secretSentences();
const [sentence, slug] = required([...secrets.entries()][0], 'a secret sentence');

describe('the leak detector', () => {
  it('finds secret sentences in every gated demo post and draft', () => {
    const hidden = readPostSources().filter((post) => post.access !== 'public' || post.draft);
    expect(hidden.length).toBeGreaterThanOrEqual(3);
    for (const post of hidden) {
      expect(
        [...secrets.values()].filter((s) => s === post.slug).length,
        post.slug,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it('never takes a sentence that the public may read', () => {
    const open = readPostSources()
      .filter((p) => !p.draft && p.date <= new Date())
      .map((p) => p.openPart + p.summary)
      .join(' ');
    for (const secret of secrets.keys()) expect(open).not.toContain(secret);
  });

  it('takes words that only gated text holds, for the search index’s words', () => {
    const gatedWords = secretWords();
    expect(gatedWords.size).toBeGreaterThan(20);
    const open = readPostSources()
      .filter((p) => !p.draft && p.date <= new Date())
      .map((p) => `${p.title} ${p.summary} ${p.tags.join(' ')} ${p.openPart}`.toLowerCase())
      .join(' ');
    for (const word of gatedWords) expect(open, word).not.toMatch(new RegExp(`\\b${word}\\b`));
  });

  it(`sees a planted sentence (from ${slug}) however a channel encodes it`, () => {
    const words = sentence.split(' ');
    const htmlWithReactSeparators = `<p>${words.slice(0, 3).join(' ')}<!-- --> ${words.slice(3).join(' ').replace(/'/g, '&#x27;')}</p>`;
    const rscPayload = `1:["$","p",null,{"children":${JSON.stringify(sentence).replace(/'/g, '\\u0027')}}]`;
    const wrapped = `<div>${words.slice(0, 5).join(' ')}\n      ${words.slice(5).join(' ')}</div>`;
    for (const planted of [htmlWithReactSeparators, rscPayload, wrapped]) {
      expect(leaksIn(planted, secrets)).toContain(sentence);
    }
    expect(leaksIn('<p>Nothing to see.</p>', secrets)).toEqual([]);
  });
});
