import { PostList } from '@/components/post/post-list';
import { PostMetaLine } from '@/components/post/post-meta-line';
import { site } from '@/lib/config';
import { featuredPosts } from '@/lib/content/featured';
import { getPublishedPosts } from '@/lib/content/posts';
import { BLOG_PATH, postHref, PRICING_PATH, SIGN_UP_PATH } from '@/lib/paths';

const LATEST = 5;

// REVALIDATE_SECONDS in lib/config.ts: a scheduled post appears here without a redeploy.
export const revalidate = 60;

export default function HomePage() {
  const posts = getPublishedPosts();
  const featured = featuredPosts(posts, site.featured);
  const latest = posts.filter((post) => !featured.includes(post)).slice(0, LATEST);
  return (
    <>
      <section aria-labelledby="intro" className="mb-12">
        <h1 id="intro" className="font-serif text-4xl font-bold tracking-tight">
          {site.tagline}
        </h1>
        <p className="mt-4 text-lg text-stone-700 dark:text-stone-300">{site.description}</p>
      </section>

      {featured.length > 0 ? (
        <section aria-labelledby="featured" className="mb-12">
          <h2 id="featured" className="text-sm font-semibold uppercase tracking-widest text-stone-600 dark:text-stone-400">
            Featured
          </h2>
          <ul className="mt-4 grid gap-6 sm:grid-cols-2">
            {featured.map((post) => (
              <li key={post.slug} className="rounded-lg border border-stone-200 p-5 dark:border-stone-800">
                <article>
                  <h3 className="font-serif text-xl font-semibold">
                    <a href={postHref(post.slug)} className="hover:underline">
                      {post.title}
                    </a>
                  </h3>
                  <div className="mt-2">
                    <PostMetaLine post={post} />
                  </div>
                  <p className="mt-2 text-stone-700 dark:text-stone-300">{post.summary}</p>
                </article>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="subscribe" className="mb-12 rounded-lg bg-stone-100 p-6 dark:bg-stone-900">
        <h2 id="subscribe" className="font-serif text-2xl font-semibold">
          Read every post
        </h2>
        <p className="mt-2 text-stone-700 dark:text-stone-300">
          Membership is free and opens the members-only posts; the premium plan adds the deep dives. Or follow along with the{' '}
          <a href="/feed.xml" className="underline">
            RSS feed
          </a>
          .
        </p>
        <p className="mt-4 flex flex-wrap gap-4">
          <a href={SIGN_UP_PATH} className="rounded-md bg-[var(--color-accent)] px-4 py-2 font-semibold text-white hover:opacity-90">
            Become a member
          </a>
          <a
            href={PRICING_PATH}
            className="rounded-md border border-stone-400 px-4 py-2 font-semibold hover:bg-white dark:border-stone-600 dark:hover:bg-stone-800"
          >
            See plans
          </a>
        </p>
      </section>

      <section aria-labelledby="latest">
        <h2 id="latest" className="text-sm font-semibold uppercase tracking-widest text-stone-600 dark:text-stone-400">
          Latest posts
        </h2>
        <PostList posts={latest} headingLevel={3} />
        <p className="mt-4">
          <a href={BLOG_PATH} className="font-medium underline">
            All posts
          </a>
        </p>
      </section>
    </>
  );
}
