import { pageHref } from '@/lib/content/pagination';

/** Newer/older links between the pages of an index; page 1 is the index itself. */
export function PaginationNav({
  base,
  page,
  totalPages,
}: {
  base: string;
  page: number;
  totalPages: number;
}) {
  if (totalPages < 2) return null;
  const linkClass =
    'rounded-md border border-stone-300 px-4 py-2 font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-900';
  return (
    // Three columns, the outer two of equal width: the page count stays centred whichever links are shown.
    <nav
      aria-label="Pagination"
      className="mt-8 grid grid-cols-[1fr_auto_1fr] items-center gap-4 text-sm"
    >
      {page > 1 ? (
        <a href={pageHref(base, page - 1)} rel="prev" className={`${linkClass} justify-self-start`}>
          Newer posts
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <a href={pageHref(base, page + 1)} rel="next" className={`${linkClass} justify-self-end`}>
          Older posts
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
