import type { ListPage } from '@/lib/content/pagination';
import type { PostMeta } from '@/lib/content/types';

import { PaginationNav } from './pagination-nav';
import { PostList } from './post-list';

/**
 * One page of a tag's or an author's posts below its heading: the list's total (the same on every
 * page), this page's posts and the links to the pages around it, whose first is `base` itself.
 */
export function ListPagePosts({
  page,
  base,
  empty,
}: {
  page: ListPage<PostMeta>;
  base: string;
  /** What stands in place of the count when the list has no post yet. */
  empty?: string;
}) {
  return (
    <>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        {page.total === 0 && empty ? empty : `${page.total} ${page.total === 1 ? 'post' : 'posts'}`}
      </p>
      <PostList posts={page.items} />
      <PaginationNav base={base} page={page.page} totalPages={page.totalPages} />
    </>
  );
}
