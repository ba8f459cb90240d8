import type { Metadata } from 'next';
import { getPublishedPosts } from '@/lib/content/posts';
import { tagCounts, tagLabel } from '@/lib/content/tags';
import { tagHref, TAGS_PATH } from '@/lib/paths';

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post appears here without a redeploy.
export const revalidate = 60;

export const metadata: Metadata = {
  title: 'Tags',
  description: 'Every topic Masthead writes about, with the number of posts on each.',
  alternates: { canonical: TAGS_PATH },
};

export default function TagsPage() {
  const tags = tagCounts(getPublishedPosts());
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Tags</h1>
      <ul className="mt-8 flex flex-wrap gap-3">
        {tags.map(({ tag, count }) => (
          <li key={tag}>
            <a
              href={tagHref(tag)}
              className="inline-block rounded-full border border-stone-300 px-4 py-2 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-900"
            >
              {tagLabel(tag)}{' '}
              <span className="text-stone-600 dark:text-stone-400">
                ({count} {count === 1 ? 'post' : 'posts'})
              </span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
