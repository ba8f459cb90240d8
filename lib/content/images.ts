import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { imageSize } from 'image-size';

export interface ImageDimensions {
  width: number;
  height: number;
}

/** Whether `src` names a file of the site itself (`/images/x.png`), the only kind a post may show. */
export function isLocalImage(src: string): boolean {
  return src.startsWith('/') && !src.startsWith('//');
}

/** The file under `publicDir` that a local `src` points to, or null for any other address. */
export function imageFile(publicDir: string, src: string): string | null {
  if (!isLocalImage(src)) return null;
  const relative = decodeURI(src.replace(/[?#][\s\S]*$/, ''));
  const file = path.join(publicDir, relative);
  return file.startsWith(publicDir + path.sep) ? file : null;
}

export function imageExists(publicDir: string, src: string): boolean {
  const file = imageFile(publicDir, src);
  return file !== null && existsSync(file);
}

/** Width and height in pixels, read from the file at content build time so pages reserve the space. */
export function imageDimensions(publicDir: string, src: string): ImageDimensions | null {
  const file = imageFile(publicDir, src);
  if (file === null || !existsSync(file)) return null;
  const { width, height } = imageSize(readFileSync(file));
  return width && height ? { width, height } : null;
}
