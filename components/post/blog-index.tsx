import type { Page } from '@/lib/content/pagination';
import type { PostMeta } from '@/lib/content/types';
import { BLOG_PATH } from '@/lib/paths';

import { PaginationNav } from './pagination-nav';
import { PostList } from './post-list';

export function BlogIndex({ page }: { page: Page<PostMeta> }) {
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">
        All posts{page.page > 1 ? <span className="sr-only">, page {page.page}</span> : null}
      </h1>
      <PostList posts={page.items} />
      <PaginationNav base={BLOG_PATH} page={page.page} totalPages={page.totalPages} />
    </>
  );
}
