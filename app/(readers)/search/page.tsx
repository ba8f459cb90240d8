import type { Metadata } from 'next';

import { SearchBox } from '@/components/search/search-box';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search Masthead posts by title, summary, tag and text.',
  alternates: { canonical: '/search' },
};

export default function SearchPage() {
  return (
    <>
      <h1 className="font-serif text-4xl font-bold tracking-tight">Search</h1>
      <SearchBox />
      <noscript>
        <p className="mt-4">
          Search needs JavaScript. Every post is listed on the{' '}
          <a href="/blog" className="underline">
            blog index
          </a>{' '}
          and under its{' '}
          <a href="/tags" className="underline">
            tags
          </a>
          .
        </p>
      </noscript>
    </>
  );
}
