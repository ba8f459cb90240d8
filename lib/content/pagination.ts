/** Posts per page of the blog index (a tag's or an author's list has its own, LIST_PAGE_SIZE). */
export const PAGE_SIZE = 5;

/**
 * Posts per page of a tag's or an author's list: four times the blog index's five, because every
 * page of every list is rendered at build time and a post has two tags or so. At 10,000 posts and
 * six topics that is about 1,000 tag pages rather than 4,000, each of them a list of 20, which is
 * also what the feeds hold (the newest 20).
 */
export const LIST_PAGE_SIZE = 20;

export interface Page<T> {
  items: T[];
  /** 1-based. */
  page: number;
  totalPages: number;
}

export function pageCount(total: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items of one page, or null when the page does not exist (a 404, not an empty list). */
export function paginate<T>(items: T[], page: number, size: number = PAGE_SIZE): Page<T> | null {
  const totalPages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  return { items: items.slice((page - 1) * size, page * size), page, totalPages };
}

/** One page of a list that shows its total on every page: a tag's posts, an author's. */
export interface ListPage<T> extends Page<T> {
  /** How many items the list holds, on all of its pages. */
  total: number;
}

/** One page of a list, LIST_PAGE_SIZE a page, or null when the list has no such page (a 404). */
export function listPage<T>(items: T[], page: number): ListPage<T> | null {
  const paged = paginate(items, page, LIST_PAGE_SIZE);
  return paged && { ...paged, total: items.length };
}

/** The number of every page of a list of `count` items, LIST_PAGE_SIZE a page: 1 at least. */
export function listPageNumbers(count: number): number[] {
  return Array.from({ length: pageCount(count, LIST_PAGE_SIZE) }, (_, i) => i + 1);
}

/** A page number from the URL: only canonical decimal digits, so `/blog/page/02` is not a second copy of page 2. */
export function parsePageParam(raw: string): number | null {
  return /^[1-9][0-9]*$/.test(raw) ? Number(raw) : null;
}

/** Page 1 lives at the index itself; later pages below `<base>/page/<n>`. */
export function pageHref(base: string, page: number): string {
  return page === 1 ? base : `${base}/page/${page}`;
}
