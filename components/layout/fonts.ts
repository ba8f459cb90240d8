import localFont from 'next/font/local';

/**
 * The site's two faces, self-hosted from their Fontsource packages (docs/architecture.md says why
 * these): the build reads the files from node_modules and needs no network. Latin subset only,
 * variable weight. `optional`: a face that misses the first paint is not swapped in on that page
 * (the next page has it cached), and `adjustFontFallback` sizes the local fallback to each face's
 * metrics, so nothing moves and the largest paint never waits for a font.
 */
export const textFace = localFont({
  // No italic file: Source Sans 3's italic is close to its roman sloped, which the browser draws
  // from the roman as well; leaving it out keeps the two preloaded files to about 80 kB.
  src: [
    {
      path: '../../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
      style: 'normal',
      weight: '200 900',
    },
  ],
  variable: '--font-text',
  display: 'optional',
  adjustFontFallback: 'Arial',
  fallback: ['ui-sans-serif', 'system-ui', 'sans-serif'],
});

export const displayFace = localFont({
  src: [
    {
      path: '../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
      style: 'normal',
      weight: '200 900',
    },
  ],
  variable: '--font-display',
  display: 'optional',
  adjustFontFallback: 'Times New Roman',
  fallback: ['ui-serif', 'Georgia', 'serif'],
});
