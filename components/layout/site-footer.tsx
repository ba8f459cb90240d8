import { site } from '@/lib/config';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-3xl flex-wrap justify-between gap-4 px-4 py-8 text-sm text-stone-600 dark:text-stone-400">
        <p>
          {site.name}: {site.tagline}.
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            <li>
              <a href="/blog" className="underline-offset-2 hover:underline">
                All posts
              </a>
            </li>
            <li>
              <a href="/tags" className="underline-offset-2 hover:underline">
                Tags
              </a>
            </li>
            <li>
              <a href="/pricing" className="underline-offset-2 hover:underline">
                Membership
              </a>
            </li>
            <li>
              <a href="/feed.xml" className="underline-offset-2 hover:underline">
                RSS feed
              </a>
            </li>
            <li>
              <a href="/feed.json" className="underline-offset-2 hover:underline">
                JSON feed
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
