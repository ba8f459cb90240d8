import type { ListPage } from '@/lib/content/pagination';
import { tagLabel } from '@/lib/content/tags';
import type { PostMeta } from '@/lib/content/types';
import { tagHref, TAGS_PATH } from '@/lib/paths';

import { ListPagePosts } from './list-page-posts';

/** One page of a tag's posts; the count is the tag's total, on every page. */
export function TagIndex({ tag, page }: { tag: string; page: ListPage<PostMeta> }) {
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
      <ListPagePosts page={page} base={tagHref(tag)} />
    </>
  );
}
