import { BLOG_PATH } from '@/lib/paths';

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-4">There is nothing at this address.</p>
      <p className="mt-6">
        <a href={BLOG_PATH} className="underline">
          See all posts
        </a>
      </p>
    </main>
  );
}
