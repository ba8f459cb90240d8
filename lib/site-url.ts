const FALLBACK_SITE_URL = 'http://localhost:3000';

/** The canonical origin: feeds, canonical links, and the only authorized party for session tokens. */
export function siteUrl(): URL {
  const raw = process.env.NEXT_PUBLIC_SITE_URL || FALLBACK_SITE_URL;
  try {
    return new URL(raw);
  } catch {
    throw new Error(`NEXT_PUBLIC_SITE_URL is not a URL: "${raw}". Set it to the site's origin, e.g. https://masthead.example`);
  }
}

export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).toString();
}
