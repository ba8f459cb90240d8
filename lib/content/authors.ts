import { type Author, AUTHORS } from '../config';
import { listPage, type ListPage, listPageNumbers } from './pagination';
import type { PostMeta } from './types';

export function configuredAuthor(id: string): Author | undefined {
  return AUTHORS.find((author) => author.id === id);
}

/** The posts that name `id` among their authors, in the order given. */
export function postsBy<T extends Pick<PostMeta, 'authors'>>(posts: T[], id: string): T[] {
  return posts.filter((post) => post.authors.includes(id));
}

/** The configured authors with at least one of these posts: those whose page lists something. */
export function authorsWithPosts(posts: Pick<PostMeta, 'authors'>[]): Author[] {
  return AUTHORS.filter((author) => posts.some((post) => post.authors.includes(author.id)));
}

/**
 * One page of a configured author's posts (in the order given: newest first), or null when there
 * is no such page (a 404). An author with no post yet has a first page, which says so.
 */
export function authorPage<T extends Pick<PostMeta, 'authors'>>(
  posts: T[],
  id: string,
  page: number,
): ListPage<T> | null {
  return configuredAuthor(id) ? listPage(postsBy(posts, id), page) : null;
}

/** Every page of every configured author's list of these posts, page 1 included. */
export function authorPageNumbers(
  posts: Pick<PostMeta, 'authors'>[],
): { id: string; page: number }[] {
  return AUTHORS.flatMap(({ id }) =>
    listPageNumbers(postsBy(posts, id).length).map((page) => ({ id, page })),
  );
}
