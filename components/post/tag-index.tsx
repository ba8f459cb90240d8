import { tagLabel, type TagPage } from '@/lib/content/tags';
import type { PostMeta } from '@/lib/content/types';
import { tagHref, TAGS_PATH } from '@/lib/paths';

import { PaginationNav } from './pagination-nav';
import { PostList } from './post-list';

/** One page of a tag's posts; the count is the tag's total, on every page. */
export function TagIndex({ tag, page }: { tag: string; page: TagPage<PostMeta> }) {
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-widest text-stone-600 dark:text-stone-400">
        <a href={TAGS_PATH} className="hover:underline">
          Tags
        </a>
      </p>
      <h1 className="mt-2 font-serif text-4xl font-bold">
        Posts tagged “{tagLabel(tag)}”
        {page.page > 1 ? <span className="sr-only">, page {page.page}</span> : null}
      </h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        {`${page.total} ${page.total === 1 ? 'post' : 'posts'}`}
      </p>
      <PostList posts={page.items} />
      <PaginationNav base={tagHref(tag)} page={page.page} totalPages={page.totalPages} />
    </>
  );
}
