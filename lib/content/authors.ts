import { type Author, AUTHORS } from '../config';
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
