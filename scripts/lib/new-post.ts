import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { AUTHORS } from '../../lib/config';
import { configuredAuthor } from '../../lib/content/authors';
import { frontmatterBlock } from '../../lib/content/frontmatter';
import { SUMMARY_PLACEHOLDER } from '../../lib/content/schema';
import { editorPostHref, SIGN_IN_PATH } from '../../lib/paths';

export class NewPostError extends Error {}

const MAX_SLUG_LENGTH = 60;

/** The URL slug of a title: "Pricing, Part 2: Ça va?" becomes "pricing-part-2-ca-va". */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH && slug) break;
    slug = next.slice(0, MAX_SLUG_LENGTH);
  }
  return slug;
}

/** A new draft: valid frontmatter, today's date (UTC), public access, a byline, a summary to fill in. */
export function newPostSource(title: string, now: Date, author: string): string {
  const frontmatter = frontmatterBlock({
    title,
    date: now.toISOString().slice(0, 10),
    summary: SUMMARY_PLACEHOLDER,
    tags: [],
    authors: [author],
    access: 'public',
    draft: true,
  });
  return `${frontmatter}

Write the opening paragraph here. Everything in this file is Markdown with a few components;
content/README.md lists them.

## A first section
`;
}

export interface NewPost {
  slug: string;
  /** Relative to the project root, as the editor opens it. */
  file: string;
  /** The author id in its byline. */
  author: string;
  previewUrl: string;
  /** Sign-in, then straight on to the preview: in a demo, the page where one picks the editor. */
  signInUrl: string;
}

/**
 * The byline of a new post: the author asked for, which must have a page (lib/config.ts,
 * AUTHORS), or else the first configured author, whom the editor can change in the file.
 */
export function bylineOf(author: string | undefined): string {
  if (author === undefined) return AUTHORS[0].id;
  if (configuredAuthor(author)) return author;
  const known = AUTHORS.map(({ id }) => id).join(', ');
  throw new NewPostError(
    `no author "${author}": use one of ${known}, or add the author to AUTHORS in lib/config.ts first`,
  );
}

/** Writes `content/posts/<slug>.mdx` under `root`; refuses to replace a file that is already there. */
export async function writeNewPost(
  root: string,
  title: string,
  options: { now?: Date; siteUrl?: string; author?: string } = {},
): Promise<NewPost> {
  const trimmed = title.trim();
  if (!trimmed)
    throw new NewPostError('give the post a title: npm run new-post -- "My first post"');
  const author = bylineOf(options.author);
  const slug = slugify(trimmed);
  if (!slug)
    throw new NewPostError(
      `"${trimmed}" has no letters or digits to make a web address from; choose another title`,
    );
  const file = path.join('content', 'posts', `${slug}.mdx`);
  await mkdir(path.join(root, 'content', 'posts'), { recursive: true });
  try {
    await writeFile(
      path.join(root, file),
      newPostSource(trimmed, options.now ?? new Date(), author),
      { flag: 'wx' },
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new NewPostError(
      `${file} already exists: nothing was written. Open it, or choose another title`,
    );
  }
  const siteUrl = (options.siteUrl ?? 'http://localhost:3000').replace(/\/$/, '');
  const preview = editorPostHref(slug);
  return {
    slug,
    file,
    author,
    previewUrl: `${siteUrl}${preview}`,
    signInUrl: `${siteUrl}${SIGN_IN_PATH}?redirect_url=${encodeURIComponent(preview)}`,
  };
}
