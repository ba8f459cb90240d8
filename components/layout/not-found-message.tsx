import { BLOG_PATH } from '@/lib/paths';

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
