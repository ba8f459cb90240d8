import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A small deterministic generator (mulberry32), so that two runs build the same posts. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = ['memberships', 'performance', 'newsletters', 'editorial', 'design', 'analytics', 'accessibility', 'pricing', 'archives', 'tooling'];
const NOUNS = ['archive', 'newsletter', 'paywall', 'reader', 'editor', 'homepage', 'feed', 'subscription', 'template', 'headline', 'cache', 'schedule'];
const VERBS = ['measure', 'rebuild', 'simplify', 'price', 'publish', 'test', 'redesign', 'audit', 'migrate', 'explain'];
const SENTENCES = [
  'We started by writing down what a regular reader does in a typical week, and what they never do.',
  'The first version took an afternoon; the version that survived contact with readers took a quarter.',
  'Nothing in the numbers was surprising on its own, but together they changed what we built next.',
  'Most of the cost was not in the code at all: it was in deciding what the page was for.',
  'Every change went out behind a small, reversible switch, and we wrote down what would make us turn it off.',
  'Readers noticed the faster pages before they noticed anything we had announced.',
  'The editors kept a running list of questions, and half of them turned into features.',
  'We measured on the slowest phone in the office, because that is the one our readers actually hold.',
  'A static page that loads in a second beats a clever page that loads in four, every single time.',
  'The lesson we keep relearning is that defaults matter more than options.',
];

const pick = <T>(next: () => number, list: readonly T[]) => list[Math.floor(next() * list.length)];

function paragraph(next: () => number): string {
  return Array.from({ length: 3 + Math.floor(next() * 4) }, () => pick(next, SENTENCES)).join(' ');
}

function body(next: () => number, gated: boolean): string {
  const parts: string[] = [paragraph(next), paragraph(next)];
  if (gated) parts.push('<Paywall />');
  const sections = 4 + Math.floor(next() * 3);
  for (let s = 0; s < sections; s++) {
    parts.push(`## How we ${pick(next, VERBS)} the ${pick(next, NOUNS)} (${s + 1})`, paragraph(next), paragraph(next));
    const extra = next();
    if (extra < 0.25) {
      parts.push(['- ' + pick(next, SENTENCES), '- ' + pick(next, SENTENCES), '- ' + pick(next, SENTENCES)].join('\n'));
    } else if (extra < 0.45) {
      parts.push('```ts\nexport function score(views: number, minutes: number): number {\n  return Math.round((minutes / Math.max(views, 1)) * 100) / 100;\n}\n```');
    } else if (extra < 0.6) {
      parts.push('| Week | Visits | Sign-ups |\n| --- | ---: | ---: |\n| 1 | 1,204 | 31 |\n| 2 | 1,377 | 38 |\n| 3 | 1,290 | 35 |');
    } else if (extra < 0.75) {
      parts.push(`<Callout type="tip">\n${pick(next, SENTENCES)}\n</Callout>`);
    } else {
      parts.push(`> ${pick(next, SENTENCES)}\n\nSee [our notes on the ${pick(next, NOUNS)}](/blog) for the details.`);
    }
  }
  return parts.join('\n\n');
}

/**
 * Writes `count` realistic posts (`generated-post-0001.mdx`, ...) into `dir`: several sections of
 * prose with headings, lists, code, tables, callouts and links; about one in five for members and
 * one in ten premium, each gated post with its `<Paywall />` marker after the introduction.
 */
export async function generatePosts(dir: string, count: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  const next = random(20261126);
  for (let i = 1; i <= count; i++) {
    const roll = next();
    const access = roll < 0.1 ? 'premium' : roll < 0.3 ? 'members' : 'public';
    const verb = pick(next, VERBS);
    const noun = pick(next, NOUNS);
    const date = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const tags = [pick(next, TOPICS), pick(next, TOPICS)].filter((tag, index, all) => all.indexOf(tag) === index);
    const source = [
      '---',
      `title: "How to ${verb} a ${noun}, part ${i}"`,
      `date: ${date}`,
      `summary: "What we learned when we set out to ${verb} the ${noun} of an independent publication."`,
      `tags: [${tags.join(', ')}]`,
      'authors: [generated]',
      `access: ${access}`,
      '---',
      '',
      body(next, access !== 'public'),
      '',
    ].join('\n');
    await writeFile(path.join(dir, `generated-post-${String(i).padStart(4, '0')}.mdx`), source);
  }
}
