import type { Neighbours } from '@/lib/content/neighbours';
import type { PostMeta } from '@/lib/content/types';
import { postHref } from '@/lib/paths';

export function PostNeighbours({ neighbours }: { neighbours: Neighbours<PostMeta> }) {
  const { previous, next } = neighbours;
  if (!previous && !next) return null;
  return (
    <nav
      aria-label="More posts"
      className="mt-12 grid gap-4 border-t border-stone-200 pt-8 sm:grid-cols-2 dark:border-stone-800"
    >
      {previous ? (
        <a
          href={postHref(previous.slug)}
          rel="prev"
          className="group block rounded-lg p-3 hover:bg-stone-100 dark:hover:bg-stone-900"
        >
          <span className="block text-sm text-stone-600 dark:text-stone-400">Previous post</span>
          <span className="font-serif text-lg font-semibold group-hover:underline">
            {previous.title}
          </span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a
          href={postHref(next.slug)}
          rel="next"
          className="group block rounded-lg p-3 text-right hover:bg-stone-100 dark:hover:bg-stone-900"
        >
          <span className="block text-sm text-stone-600 dark:text-stone-400">Next post</span>
          <span className="font-serif text-lg font-semibold group-hover:underline">
            {next.title}
          </span>
        </a>
      ) : null}
    </nav>
  );
}
