import type { Problem } from './check';
import type { PostMeta } from './types';

/** What the checker said about one post, without the file (the entry names it). */
export type PostProblem = Pick<Problem, 'line' | 'severity' | 'message' | 'fix'>;

/**
 * One unreleased post as the editors' area knows it: metadata, the file to edit, and the
 * problems the content check found in it. No body text: that stays in the restricted texts.
 */
export interface EditorialEntry extends PostMeta {
  file: string;
  problems: PostProblem[];
}

/** A post stays in the editors' view until it is released: a draft, or dated in the future. */
export function isUnreleased(post: Pick<PostMeta, 'draft' | 'date'>, now: Date): boolean {
  return post.draft || Date.parse(post.date) > now.getTime();
}

/**
 * Builds `.content/editorial.json` from the posts' metadata and the checker's findings. Posts
 * that are scheduled at build time are kept even if their date comes before the next build;
 * the pages filter again with the time of the request.
 */
export function buildEditorialIndex(
  posts: (PostMeta & { file: string })[],
  problems: Problem[],
  now: Date,
): EditorialEntry[] {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems)
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  return posts
    .filter((post) => isUnreleased(post, now))
    .map((post) => ({
      ...post,
      problems: (byFile.get(post.file) ?? []).map(({ line, severity, message, fix }) => ({
        line,
        severity,
        message,
        fix,
      })),
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
