'use client';

/**
 * Shown when the root layout itself fails. Deliberately tiny: Next.js preloads this component on
 * every page, and its built-in one costs a few kB of JavaScript on every first load.
 */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '36rem', margin: '4rem auto', padding: '0 1rem' }}>
        <main>
          <h1>Something went wrong</h1>
          <p>The page could not be shown. Try again, or come back in a moment.</p>
          <button type="button" onClick={reset}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
