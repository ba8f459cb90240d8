import { getImageProps } from 'next/image';

import { pixels, POST_IMAGE_SIZES } from './image-sizes';

export interface FigureProps {
  src: string;
  alt: string;
  caption?: string;
  /** Written by the content build from the file itself (lib/content/mdx-plugins.ts). */
  width?: number | string;
  height?: number | string;
}

/**
 * next/image's responsive srcset as a plain server-rendered <img>: the `Image` component would
 * ship its client code to every post page, images or not.
 */
function OptimisedImage({
  src,
  alt,
  width,
  height,
}: {
  src: string;
  alt: string;
  width: number;
  height: number;
}) {
  const { props } = getImageProps({
    src,
    alt,
    width,
    height,
    sizes: POST_IMAGE_SIZES,
    className: 'h-auto w-full rounded-md',
  });
  return <img {...props} alt={alt} />;
}

export function Figure({ src, alt, caption, width, height }: FigureProps) {
  const w = pixels(width);
  const h = pixels(height);
  return (
    <figure>
      {w && h ? (
        <OptimisedImage src={src} alt={alt} width={w} height={h} />
      ) : (
        // A file whose format the content build cannot measure has no dimensions for next/image.
        <img src={src} alt={alt} loading="lazy" />
      )}
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}

/** A Markdown image (`![alt](/images/x.png)`), with the same treatment as `<Figure>` but no caption. */
export function MarkdownImage({
  src,
  alt,
  width,
  height,
}: {
  src?: string;
  alt?: string;
  width?: number | string;
  height?: number | string;
}) {
  const w = pixels(width);
  const h = pixels(height);
  if (!src) return null;
  if (!w || !h) return <img src={src} alt={alt ?? ''} loading="lazy" />;
  return <OptimisedImage src={src} alt={alt ?? ''} width={w} height={h} />;
}
