'use client';

import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';

import { PostTitleLink } from '@/components/post/post-title-link';
import { ACCESS_LABELS } from '@/lib/content/access-labels';
import { postHref, SEARCH_INDEX_PATH } from '@/lib/paths';
import { searchPosts } from '@/lib/search/match';
import type { SearchEntry } from '@/lib/search/types';

type IndexState = { status: 'loading' } | { status: 'ready'; entries: SearchEntry[] } | { status: 'failed' };

function queryInAddress(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

/** Only the box itself changes `?q=` while the page is open, and it keeps what was typed in its own state. */
const noSubscription = () => () => {};

/**
 * Searches the static index `/search.json` in the browser. The query is kept in the address
 * (`?q=`), so a search can be bookmarked and the back button returns to it.
 */
export function SearchBox() {
  // The static page is rendered without `?q=`: React hydrates with '' and then reads the address.
  const addressQuery = useSyncExternalStore(noSubscription, queryInAddress, () => '');
  const [typed, setTyped] = useState<string | null>(null);
  const query = typed ?? addressQuery;
  const [index, setIndex] = useState<IndexState>({ status: 'loading' });
  const inputId = useId();

  useEffect(() => {
    fetch(SEARCH_INDEX_PATH)
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<SearchEntry[]>;
      })
      .then((entries) => setIndex({ status: 'ready', entries }))
      .catch(() => setIndex({ status: 'failed' }));
  }, []);

  function onChange(value: string) {
    setTyped(value);
    const url = new URL(window.location.href);
    if (value) url.searchParams.set('q', value);
    else url.searchParams.delete('q');
    window.history.replaceState(window.history.state, '', url);
  }

  const hits = useMemo(() => (index.status === 'ready' ? searchPosts(index.entries, query) : []), [index, query]);

  let status = '';
  if (index.status === 'failed') status = 'The search index could not be loaded. Try reloading the page.';
  else if (index.status === 'loading') status = query ? 'Loading the search index…' : '';
  else if (query.trim())
    status =
      hits.length === 0 ? `No posts match “${query.trim()}”.` : `${hits.length} ${hits.length === 1 ? 'post matches' : 'posts match'} “${query.trim()}”.`;

  return (
    <div>
      <form role="search" onSubmit={(event) => event.preventDefault()} className="mt-6">
        <label htmlFor={inputId} className="block font-medium">
          Search posts
        </label>
        <input
          id={inputId}
          type="search"
          name="q"
          value={query}
          onChange={(event) => onChange(event.target.value)}
          autoComplete="off"
          className="mt-2 w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900"
        />
      </form>
      <p role="status" className="mt-4 text-sm text-stone-700 dark:text-stone-300">
        {status}
      </p>
      {hits.length > 0 ? (
        <ul className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
          {hits.map(({ entry }) => (
            <li key={entry.slug} className="py-4">
              <PostTitleLink href={postHref(entry.slug)} title={entry.title} />
              {entry.access !== 'public' ? (
                <p className="mt-1 text-xs font-semibold text-[var(--color-accent)] dark:text-orange-200">{ACCESS_LABELS[entry.access].label}</p>
              ) : null}
              <p className="mt-1 text-stone-700 dark:text-stone-300">{entry.summary}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
