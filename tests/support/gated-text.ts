import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parsePostFile } from '@/lib/content/frontmatter';
import { type Frontmatter, readFrontmatter } from '@/lib/content/schema';
import type { PostMeta, PublicPost } from '@/lib/content/types';
import { words } from '@/lib/search/terms';

const root = path.resolve(import.meta.dirname, '..', '..');
const MARKER = /^<Paywall\s*\/>\s*$/m;

export type PostSource = Pick<Frontmatter, 'access' | 'draft' | 'title' | 'summary' | 'tags'> & {
  slug: string;
  date: Date;
  /** What anyone may read: the whole body of a public post, what stands above the marker otherwise. */
  openPart: string;
  /** What only entitled readers may read: below the marker, or the whole body without one. */
  closedPart: string;
};

export function readPostSources(dir = path.join(root, 'content', 'posts')): PostSource[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const { data, body: content } = parsePostFile(readFileSync(path.join(dir, file), 'utf8'));
      const { frontmatter, problems } = readFrontmatter(data);
      if (!frontmatter)
        throw new Error(
          `${file}: ${problems.map((problem) => problem.message).join('; ')}: run npm run check-content`,
        );
      const { access, draft, title, summary, tags } = frontmatter;
      const marker = MARKER.exec(content);
      const gated = access !== 'public';
      return {
        slug: path.basename(file, '.mdx'),
        access,
        draft,
        date: new Date(frontmatter.date),
        title,
        summary,
        tags,
        openPart: gated ? (marker ? content.slice(0, marker.index) : '') : content,
        closedPart: gated
          ? marker
            ? content.slice(marker.index + marker[0].length)
            : content
          : '',
      };
    });
}

/** Plain prose sentences of a text: no markup inside, so they read the same once rendered. */
export function proseSentences(mdx: string, minWords = 10): string[] {
  const withoutCode = mdx.replace(/```[\s\S]*?```/g, '');
  return withoutCode
    .split(/\n\s*\n/)
    .filter((block) => !/^\s*(#|-|\*|\||>|<|\d+\.)/.test(block))
    .flatMap((block) =>
      block
        .replace(/\s+/g, ' ')
        .trim()
        .split(/(?<=[.!?])\s+/),
    )
    .filter((sentence) => /^[A-Z][A-Za-z0-9 ,;:'’()-]+[.!?]$/.test(sentence))
    .filter((sentence) => sentence.split(' ').length >= minWords);
}

/**
 * Sentences that only an entitled reader may ever receive: from below each gated post's marker,
 * and from every draft and every post not yet due. Computed from the content, never hard-coded.
 * With `scheduledOpenParts: false`, the public part of a post not yet due is not secret: the
 * server-side public index holds it so that the post appears at its date without a redeploy.
 */
export function secretSentences(
  posts = readPostSources(),
  now = new Date(),
  { scheduledOpenParts = true }: { scheduledOpenParts?: boolean } = {},
): Map<string, string> {
  const open = posts
    .filter((post) => !post.draft && (post.date <= now || !scheduledOpenParts))
    .map((post) => `${post.title}\n${post.summary}\n${post.openPart}`)
    .join('\n')
    .replace(/\s+/g, ' ');
  const secrets = new Map<string, string>();
  for (const post of posts) {
    const unreleased = post.draft || (post.date > now && scheduledOpenParts);
    const hidden = unreleased ? `${post.openPart}\n\n${post.closedPart}` : post.closedPart;
    for (const sentence of proseSentences(hidden)) {
      if (!open.includes(sentence)) secrets.set(sentence, post.slug);
    }
  }
  return secrets;
}

/**
 * Words of the secret sentences that no released post's open text holds (its title, summary, tags
 * and public part). The search index stores words, not sentences: it must hold none of these.
 */
export function secretWords(posts = readPostSources(), now = new Date()): Set<string> {
  const open = new Set(
    posts
      .filter((post) => !post.draft && post.date <= now)
      .flatMap((post) =>
        words(`${post.title} ${post.summary} ${post.tags.join(' ')} ${post.openPart}`),
      ),
  );
  return new Set(
    [...secretSentences(posts, now).keys()]
      .flatMap((sentence) => words(sentence))
      .filter((word) => !open.has(word)),
  );
}

/** Text as a reader would see it, whatever channel carried it: HTML, RSC payload, JSON, JS. */
export function normalise(text: string): string {
  return text
    .replace(/<!-- -->/g, '')
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\(["'\\/])/g, '$1')
    .replace(/\\n/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The secret sentences that appear in a text. */
export function leaksIn(text: string, secrets: Map<string, string>): string[] {
  const plain = normalise(text);
  return [...secrets.keys()].filter((sentence) => plain.includes(sentence));
}

const readJson = <T>(file: string): T =>
  JSON.parse(readFileSync(path.join(root, '.content', file), 'utf8')) as T;

/** Sentences whose rendered HTML is the same text byte for byte (no quote to escape). */
const RENDERS_VERBATIM = /^[\w ,;:()-]+[.!?]$/;

/** Up to three secret sentences per post, ones a plain `includes` on a response can find. */
export function gatedSentences(): Map<string, string[]> {
  const bySlug = new Map<string, string[]>();
  for (const [sentence, slug] of secretSentences()) {
    if (!RENDERS_VERBATIM.test(sentence)) continue;
    const list = bySlug.get(slug) ?? [];
    if (list.length < 3) bySlug.set(slug, [...list, sentence]);
  }
  return bySlug;
}

/** One post's entry of `gatedSentences()`, at least one sentence: with none, a check that they are absent could not fail. */
export function sentencesOf(sentences: Map<string, string[]>, slug: string): [string, ...string[]] {
  const [first, ...rest] = sentences.get(slug) ?? [];
  if (first === undefined)
    throw new Error(`the test needs a secret sentence of ${slug}, and there is none`);
  return [first, ...rest];
}

/** Sentences of a post's public text: on a private site, even these are for editors only. */
export function publicSentences(slug: string): string[] {
  const post = readPostSources().find((candidate) => candidate.slug === slug);
  return proseSentences(post?.openPart ?? '')
    .filter((sentence) => RENDERS_VERBATIM.test(sentence))
    .slice(0, 3);
}

export type Unreleased = Pick<PostMeta, 'slug' | 'title' | 'draft'>;

/** The drafts and scheduled posts of the content build, as the editors' index lists them. */
export function unreleasedPosts(): Unreleased[] {
  return readJson<Unreleased[]>('editorial.json');
}

export function publishedSlugs(access: PublicPost['access']): string[] {
  return readJson<PublicPost[]>('public.json')
    .filter((post) => post.access === access && Date.parse(post.date) <= Date.now())
    .map((post) => post.slug);
}
