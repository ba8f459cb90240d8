/** Posts per page of the blog index (a tag page has its own size, TAG_PAGE_SIZE in ./tags). */
export const PAGE_SIZE = 5;

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

/** A page number from the URL: only canonical decimal digits, so `/blog/page/02` is not a second copy of page 2. */
export function parsePageParam(raw: string): number | null {
  return /^[1-9][0-9]*$/.test(raw) ? Number(raw) : null;
}

/** Page 1 lives at the index itself; later pages below `<base>/page/<n>`. */
export function pageHref(base: string, page: number): string {
  return page === 1 ? base : `${base}/page/${page}`;
}
