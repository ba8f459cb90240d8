import type { Metadata } from 'next';

import { BLOG_PATH } from '@/lib/paths';

/** Every not-found file's metadata: the tab says what happened, not the site's tagline. */
export const NOT_FOUND_METADATA: Metadata = { title: 'Page not found' };

/** What every 404 says, inside whichever frame the address falls in. */
export function NotFoundMessage() {
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Page not found</h1>
      <p className="mt-4">There is nothing at this address.</p>
      <p className="mt-6">
        <a href={BLOG_PATH} className="underline">
          See all posts
        </a>
      </p>
    </>
  );
}
