import localFont from 'next/font/local';

/**
 * The site's two faces, self-hosted from their Fontsource packages (docs/architecture.md says why
 * these): the build reads the files from node_modules and needs no network. Latin subset only,
 * variable weight; `adjustFontFallback` sizes a local fallback to each face's metrics, so the text
 * does not move when the face arrives.
 */
export const textFace = localFont({
  src: [
    { path: '../../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2', style: 'normal', weight: '200 900' },
    { path: '../../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-italic.woff2', style: 'italic', weight: '200 900' },
  ],
  variable: '--font-text',
  display: 'swap',
  adjustFontFallback: 'Arial',
  fallback: ['ui-sans-serif', 'system-ui', 'sans-serif'],
});

export const displayFace = localFont({
  src: [{ path: '../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2', style: 'normal', weight: '200 900' }],
  variable: '--font-display',
  display: 'swap',
  adjustFontFallback: 'Times New Roman',
  fallback: ['ui-serif', 'Georgia', 'serif'],
});
