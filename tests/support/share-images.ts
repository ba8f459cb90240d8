import { request } from './http';

/** The share images' address suffixes (`opengraph-image-<hash>`, `twitter-image-<hash>`), read from a post page. */
export async function imageSuffixes(base?: string): Promise<{ og: string; twitter: string }> {
  const page = await request('/blog/static-first-publishing', { base });
  const og = /\/blog\/static-first-publishing\/(opengraph-image-[\w-]+)/.exec(page.body)?.[1];
  const twitter = /\/blog\/static-first-publishing\/(twitter-image-[\w-]+)/.exec(page.body)?.[1];
  if (!og || !twitter) throw new Error('no share image links on /blog/static-first-publishing');
  return { og, twitter };
}
