import Image from 'next/image';

import { pixels, POST_IMAGE_SIZES } from './image-sizes';

export interface FigureProps {
  src: string;
  alt: string;
  caption?: string;
  /** Written by the content build from the file itself (lib/content/mdx-plugins.ts). */
  width?: number | string;
  height?: number | string;
}

export function Figure({ src, alt, caption, width, height }: FigureProps) {
  const w = pixels(width);
  const h = pixels(height);
  return (
    <figure>
      {w && h ? (
        <Image src={src} alt={alt} width={w} height={h} sizes={POST_IMAGE_SIZES} className="h-auto w-full rounded-md" />
      ) : (
        // A file whose format the content build cannot measure has no dimensions for next/image.
        <img src={src} alt={alt} loading="lazy" />
      )}
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}

/** A Markdown image (`![alt](/images/x.png)`), with the same treatment as `<Figure>` but no caption. */
export function MarkdownImage({ src, alt, width, height }: { src?: string; alt?: string; width?: number | string; height?: number | string }) {
  const w = pixels(width);
  const h = pixels(height);
  if (!src) return null;
  if (!w || !h) return <img src={src} alt={alt ?? ''} loading="lazy" />;
  return <Image src={src} alt={alt ?? ''} width={w} height={h} sizes={POST_IMAGE_SIZES} className="h-auto w-full rounded-md" />;
}
