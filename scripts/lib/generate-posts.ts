import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { frontmatterBlock } from '../../lib/content/frontmatter';
import { postHref } from '../../lib/paths';

/**
 * Realistic generated posts for measuring the content pipeline at scale: ~900 words each, with
 * headings, lists, links to other generated posts, a code block, a Callout, a Figure showing the
 * demo image, and a mix of access levels (gated ones with a <Paywall /> preview). Deterministic:
 * the same `count` always gives the same files. Every post passes `npm run check-content` when
 * `public/images/caption-and-description.png` is there.
 */
export async function generatePosts(dir: string, count: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const slugs = Array.from({ length: count }, (_, i) => generatedSlug(i));
  await Promise.all(
    slugs.map((slug, i) => writeFile(path.join(dir, `${slug}.mdx`), generatedPost(i, count))),
  );
  return slugs;
}

export function generatedSlug(index: number): string {
  return `generated-post-${String(index + 1).padStart(5, '0')}`;
}

const TOPICS = [
  'newsletters',
  'performance',
  'memberships',
  'static-sites',
  'accessibility',
  'editorial-workflow',
];
const WORDS = (
  'the reader editor archive issue subscriber page build feed draft story headline summary desk ' +
  'morning deadline correction source image caption member price plan tier launch audience ' +
  'measure budget server cache layout font paragraph interview column schedule review'
).split(' ');

function sentence(seed: number, length: number): string {
  const words = Array.from(
    { length },
    (_, i) => WORDS[(seed * 31 + i * 17 + ((seed >> 3) ^ i)) % WORDS.length],
  );
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(seed: number, sentences = 6): string {
  return Array.from({ length: sentences }, (_, i) =>
    sentence(seed + i * 7, 10 + ((seed + i) % 9)),
  ).join(' ');
}

/** The newest generated post's date: in the past, so that every generated post is published. */
const NEWEST = Date.UTC(2026, 0, 1);
const HOURS_APART = 8;

/**
 * A generated post's date (YYYY-MM-DD), three a day back from `NEWEST`: an archive of 10,000 posts
 * spans nine years, and all of it is published, so that its lists, tags, search and feeds hold it
 * (dated forwards from 2020, 8,300 of 10,000 were scheduled past today and listed nowhere).
 */
export function generatedDate(index: number, count: number): string {
  return new Date(NEWEST - (count - 1 - index) * HOURS_APART * 60 * 60 * 1000)
    .toISOString()
    .slice(0, 10);
}

function generatedPost(index: number, count: number): string {
  const access = index % 6 === 5 ? 'premium' : index % 3 === 2 ? 'members' : 'public';
  const day = generatedDate(index, count);
  const tags = [TOPICS[index % TOPICS.length], TOPICS[(index * 5 + 1) % TOPICS.length]].filter(
    (t, i, all): t is string => t !== undefined && all.indexOf(t) === i,
  );
  const linked = generatedSlug((index * 7 + 3) % count);
  const sections = [
    `## What we tried first\n\n${paragraph(index + 1)}\n\n${paragraph(index + 2)} See [an earlier note](${postHref(linked)}) for the background.`,
    `## The numbers\n\n- ${sentence(index + 3, 9)}\n- ${sentence(index + 4, 11)}\n- ${sentence(index + 5, 8)}\n\n${paragraph(index + 6)}`,
    `### A small script\n\n\`\`\`ts\nexport function issueNumber(date: Date): number {\n  return Math.floor(date.getTime() / ${604800000 + index});\n}\n\`\`\`\n\n${paragraph(index + 7, 4)}`,
    `<Callout type="${['note', 'tip', 'warning'][index % 3]}">\n${sentence(index + 8, 14)}\n</Callout>\n\n${paragraph(index + 9)}`,
    index % 10 === 0
      ? `<Figure src="/images/caption-and-description.png" alt="Two article cards side by side" caption="${sentence(index + 10, 8)}" />\n\n${paragraph(index + 11)}`
      : paragraph(index + 11),
    `## What we would do differently\n\n${paragraph(index + 12)}\n\n${paragraph(index + 13, 5)}`,
  ];
  const opening = `${paragraph(index)}\n\n${paragraph(index + 20, 4)}`;
  const marker = access === 'public' ? '' : '\n\n<Paywall />';
  const frontmatter = frontmatterBlock({
    title: `Generated post ${index + 1}: ${sentence(index, 5).slice(0, -1)}`,
    date: day,
    summary: sentence(index + 30, 16),
    tags,
    access,
    authors: ['generated-author'],
  });
  return `${frontmatter}

${opening}${marker}

${sections.join('\n\n')}
`;
}
