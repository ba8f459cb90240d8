'use client';

/** What an error page says, inside the site's frame; `reset` renders the failed part again. */
export function ErrorMessage({ reset }: { reset: () => void }) {
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Something went wrong</h1>
      <p className="mt-4">The page could not be shown. Try again, or come back in a moment.</p>
      <p className="mt-6">
        <button
          type="button"
          onClick={reset}
          className="rounded-md border border-stone-300 px-4 py-2 font-semibold dark:border-stone-700"
        >
          Try again
        </button>
      </p>
    </>
  );
}
