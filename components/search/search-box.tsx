'use client';

import { useEffect, useId, useState, useSyncExternalStore } from 'react';

import { PostMetaLine } from '@/components/post/post-meta-line';
import { PostTitleLink } from '@/components/post/post-title-link';
import { postHref, SEARCH_INDEX_PATH, searchChunkHref, searchShardHref } from '@/lib/paths';
import { createSearcher } from '@/lib/search/query';
import { shardFileName } from '@/lib/search/terms';
import type { SearchPost } from '@/lib/search/types';

/** Results shown at first, and added by each "Show more": each page of them loads only its posts' chunks. */
const RESULTS_PAGE = 20;

/** What the index answered for a query: the number of posts found and the first `posts` of them. */
type Answer = { query: string } & (
  { status: 'ready'; total: number; posts: SearchPost[] } | { status: 'failed' }
);

function queryInAddress(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

/** Only the box itself changes `?q=` while the page is open, and it keeps what was typed in its own state. */
const noSubscription = () => () => {};

async function loadJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}

const searchPaths = {
  manifest: SEARCH_INDEX_PATH,
  shard: (key: string) => searchShardHref(shardFileName(key)),
  chunk: searchChunkHref,
};

/**
 * Searches the sharded static index in the browser: the manifest `/search.json`, then only the
 * shards of the query's words and the chunks of the posts on show. The query is kept in the
 * address (`?q=`), so a search can be bookmarked and the back button returns to it.
 */
export function SearchBox() {
  // The static page is rendered without `?q=`: React hydrates with '' and then reads the address.
  const addressQuery = useSyncExternalStore(noSubscription, queryInAddress, () => '');
  const [typed, setTyped] = useState<string | null>(null);
  const query = (typed ?? addressQuery).trim();
  const [searcher] = useState(() => createSearcher(loadJson, searchPaths));
  const [shown, setShown] = useState(RESULTS_PAGE);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const inputId = useId();

  useEffect(() => {
    if (!query) return;
    let current = true;
    searcher
      .search(query)
      .then(async ({ ranked }) => ({
        total: ranked.length,
        posts: await searcher.posts(ranked.slice(0, shown)),
      }))
      .then(({ total, posts }) => {
        if (current) setAnswer({ status: 'ready', query, total, posts });
      })
      .catch(() => {
        if (current) setAnswer({ status: 'failed', query });
      });
    return () => {
      current = false;
    };
  }, [searcher, query, shown]);

  function onChange(value: string) {
    setTyped(value);
    setShown(RESULTS_PAGE);
    const url = new URL(window.location.href);
    if (value) url.searchParams.set('q', value);
    else url.searchParams.delete('q');
    window.history.replaceState(window.history.state, '', url);
  }

  // Until the answer to what is in the box arrives, the box says so; a "Show more" keeps the posts on show meanwhile.
  const current = query && answer?.query === query ? answer : null;
  let status = '';
  if (current?.status === 'failed')
    status = 'The search index could not be loaded. Try reloading the page.';
  else if (current?.status === 'ready')
    status =
      current.total === 0
        ? `No posts match “${query}”.`
        : `${current.total} ${current.total === 1 ? 'post matches' : 'posts match'} “${query}”.`;
  else if (query) status = 'Searching…';

  const posts = current?.status === 'ready' ? current.posts : [];
  const more = current?.status === 'ready' ? current.total - current.posts.length : 0;

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
          value={typed ?? addressQuery}
          onChange={(event) => onChange(event.target.value)}
          autoComplete="off"
          className="mt-2 w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900"
        />
      </form>
      <p role="status" className="mt-4 text-sm text-stone-700 dark:text-stone-300">
        {status}
      </p>
      {posts.length > 0 ? (
        <ul className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
          {posts.map((post) => (
            <li key={post.slug} className="py-5">
              <article>
                <PostTitleLink href={postHref(post.slug)} title={post.title} />
                <PostMetaLine post={post} />
                <p className="mt-2 text-stone-700 dark:text-stone-300">{post.summary}</p>
              </article>
            </li>
          ))}
        </ul>
      ) : null}
      {more > 0 ? (
        <button
          type="button"
          onClick={() => setShown((count) => count + RESULTS_PAGE)}
          className="mt-4 rounded-md border border-stone-400 px-3 py-2 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
        >
          Show {Math.min(more, RESULTS_PAGE)} more
        </button>
      ) : null}
    </div>
  );
}
