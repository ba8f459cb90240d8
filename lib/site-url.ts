import { readEnv } from './env.mjs';

/** The canonical origin: feeds, canonical links, and the only authorized party for session tokens. */
export function siteUrl(): URL {
  return readEnv('NEXT_PUBLIC_SITE_URL');
}

export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).toString();
}
