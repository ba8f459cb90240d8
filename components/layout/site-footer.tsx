import { site } from '@/lib/config';
import { BLOG_PATH, JSON_FEED_PATH, PRICING_PATH, RSS_FEED_PATH, TAGS_PATH } from '@/lib/paths';

import { NavLinks } from './nav-links';

const links = [
  { href: BLOG_PATH, label: 'All posts' },
  { href: TAGS_PATH, label: 'Tags' },
  { href: PRICING_PATH, label: 'Pricing' },
] as const;

const linkClassName = 'underline-offset-2 hover:underline';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-3xl flex-wrap justify-between gap-4 px-4 py-8 text-sm text-stone-600 dark:text-stone-400">
        <p>
          {site.name}: {site.tagline}.
        </p>
        <nav aria-label="Footer">
          <NavLinks
            items={links}
            className="flex flex-wrap gap-x-4 gap-y-2"
            linkClassName={linkClassName}
          >
            {/* The two feeds wrap as a pair, so that neither ends up alone on a line. */}
            <li className="flex gap-x-4">
              <a href={RSS_FEED_PATH} className={linkClassName}>
                RSS feed
              </a>
              <a href={JSON_FEED_PATH} className={linkClassName}>
                JSON feed
              </a>
            </li>
          </NavLinks>
        </nav>
      </div>
    </footer>
  );
}
