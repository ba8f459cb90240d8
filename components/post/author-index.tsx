import type { Author } from '@/lib/config';
import type { ListPage } from '@/lib/content/pagination';
import type { PostMeta } from '@/lib/content/types';
import { authorHref } from '@/lib/paths';

import { ListPagePosts } from './list-page-posts';

/** One page of an author's published posts; the count is the author's total, on every page. */
export function AuthorIndex({ author, page }: { author: Author; page: ListPage<PostMeta> }) {
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-widest text-stone-600 dark:text-stone-400">
        Author
      </p>
      <h1 className="mt-2 font-serif text-4xl font-bold">
        {author.name}
        {page.page > 1 ? <span className="sr-only">, page {page.page}</span> : null}
      </h1>
      <ListPagePosts page={page} base={authorHref(author.id)} empty="No published posts yet." />
    </>
  );
}
