export { alt, contentType, default, generateStaticParams, size } from './opengraph-image';

// Segment config is read from each route file itself, never re-exported.
export const dynamicParams = false;
export const revalidate = 60;
