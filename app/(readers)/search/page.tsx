import type { Metadata } from 'next';

import { SearchBox } from '@/components/search/search-box';
import { BLOG_PATH, SEARCH_PATH, TAGS_PATH } from '@/lib/paths';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search Masthead posts by title, summary, tag and text.',
  alternates: { canonical: SEARCH_PATH },
};

export default function SearchPage() {
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Search</h1>
      <SearchBox />
      <noscript>
        <p className="mt-4">
          Search needs JavaScript. Every post is listed on the{' '}
          <a href={BLOG_PATH} className="underline">
            blog index
          </a>{' '}
          and under its{' '}
          <a href={TAGS_PATH} className="underline">
            tags
          </a>
          .
        </p>
      </noscript>
    </>
  );
}
