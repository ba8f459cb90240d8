import type { Neighbours } from '@/lib/content/neighbours';
import type { PostMeta } from '@/lib/content/types';
import { postHref } from '@/lib/paths';

function NeighbourLink({ post, rel }: { post: PostMeta; rel: 'prev' | 'next' }) {
  return (
    <a
      href={postHref(post.slug)}
      rel={rel}
      className={`group block rounded-lg p-3 hover:bg-stone-100 dark:hover:bg-stone-900 ${rel === 'next' ? 'text-right' : ''}`}
    >
      <span className="block text-sm text-stone-600 dark:text-stone-400">
        {rel === 'prev' ? 'Previous post' : 'Next post'}
      </span>
      <span className="font-serif text-lg font-semibold group-hover:underline">{post.title}</span>
    </a>
  );
}

export function PostNeighbours({ neighbours }: { neighbours: Neighbours<PostMeta> }) {
  const { previous, next } = neighbours;
  if (!previous && !next) return null;
  return (
    <nav
      aria-label="More posts"
      className="mt-12 grid gap-4 border-t border-stone-200 pt-8 sm:grid-cols-2 dark:border-stone-800"
    >
      {/* An empty cell keeps a lone "Next post" in the right-hand column. */}
      {previous ? <NeighbourLink post={previous} rel="prev" /> : <span />}
      {next ? <NeighbourLink post={next} rel="next" /> : null}
    </nav>
  );
}
