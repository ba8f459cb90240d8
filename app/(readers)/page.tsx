import { LabelledSection } from '@/components/layout/labelled-section';
import { PostList } from '@/components/post/post-list';
import { PostMetaLine } from '@/components/post/post-meta-line';
import { PostTitleLink } from '@/components/post/post-title-link';
import { site } from '@/lib/config';
import { featuredPosts } from '@/lib/content/featured';
import { getPublishedPosts } from '@/lib/content/posts';
import { BLOG_PATH, postHref, PRICING_PATH, RSS_FEED_PATH, SIGN_UP_PATH } from '@/lib/paths';

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
        <h1 id="intro" className="font-serif text-4xl leading-tight font-bold text-balance">
          {site.tagline}
        </h1>
        <p className="mt-4 text-lg text-stone-700 dark:text-stone-300">{site.description}</p>
      </section>

      {featured.length > 0 ? (
        <LabelledSection id="featured" title="Featured" className="mb-12">
          <ul className="mt-4 grid gap-6 sm:grid-cols-2">
            {featured.map((post) => (
              <li
                key={post.slug}
                className="rounded-lg border border-stone-200 p-5 dark:border-stone-800"
              >
                <article>
                  <PostTitleLink as="h3" href={postHref(post.slug)} title={post.title} />
                  <div className="mt-2">
                    <PostMetaLine post={post} />
                  </div>
                  <p className="mt-2 text-stone-700 dark:text-stone-300">{post.summary}</p>
                </article>
              </li>
            ))}
          </ul>
        </LabelledSection>
      ) : null}

      <section
        aria-labelledby="subscribe"
        className="mb-12 rounded-lg bg-stone-100 p-6 dark:bg-stone-900"
      >
        <h2 id="subscribe" className="font-serif text-2xl font-semibold">
          Read every post
        </h2>
        <p className="mt-2 text-stone-700 dark:text-stone-300">
          Membership is free and opens the members-only posts; the premium plan adds the deep dives.
          Or follow along with the{' '}
          <a href={RSS_FEED_PATH} className="underline">
            RSS feed
          </a>
          .
        </p>
        <p className="mt-4 flex flex-wrap gap-4">
          <a
            href={SIGN_UP_PATH}
            className="rounded-md bg-[var(--color-accent)] px-4 py-2 font-semibold text-white hover:opacity-90"
          >
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

      <LabelledSection id="latest" title="Latest posts">
        <PostList posts={latest} headingLevel={3} />
        <p className="mt-4">
          <a href={BLOG_PATH} className="font-medium underline">
            All posts
          </a>
        </p>
      </LabelledSection>
    </>
  );
}
