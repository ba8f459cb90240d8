import Link from 'next/link';

import { site } from '@/lib/config';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-3xl flex-wrap justify-between gap-4 px-4 py-8 text-sm text-stone-600 dark:text-stone-400">
        <p>
          {site.name}: {site.tagline}.
        </p>
        <nav aria-label="Footer" className="flex gap-4">
          <Link href="/blog" className="hover:underline">All posts</Link>
          <Link href="/pricing" className="hover:underline">Membership</Link>
        </nav>
      </div>
    </footer>
  );
}
