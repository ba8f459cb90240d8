import Link from 'next/link';

import { PostList } from '@/components/post/post-list';
import { site } from '@/lib/config';
import { getPublishedPosts } from '@/lib/content/posts';

const LATEST = 5;

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post appears here without a redeploy.
export const revalidate = 60;

export default function HomePage() {
  const posts = getPublishedPosts().slice(0, LATEST);
  return (
    <>
      <section aria-labelledby="intro" className="mb-10">
        <h1 id="intro" className="font-serif text-4xl font-bold tracking-tight">
          {site.tagline}
        </h1>
        <p className="mt-4 text-lg text-stone-700 dark:text-stone-300">{site.description}</p>
        <p className="mt-6 flex flex-wrap gap-4">
          <Link href="/sign-up" className="rounded-md bg-[var(--color-accent)] px-4 py-2 font-semibold text-white hover:opacity-90">
            Become a member
          </Link>
          <Link href="/blog" className="rounded-md border border-stone-300 px-4 py-2 font-semibold hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-900">
            Read the archive
          </Link>
        </p>
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest" className="text-sm font-semibold uppercase tracking-widest text-stone-600 dark:text-stone-400">
          Latest posts
        </h2>
        <PostList posts={posts} />
      </section>
    </>
  );
}
