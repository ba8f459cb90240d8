import type { Access } from '@/lib/content/schema';

/** One post in the static search index (`/search.json`). */
export interface SearchEntry {
  slug: string;
  title: string;
  summary: string;
  tags: string[];
  access: Access;
  date: string;
  /** The public text of a public post; empty for a gated post. */
  text: string;
}
