import { machineCaller } from '@/lib/auth/guards/machine';
import { getPublishedPosts } from '@/lib/content/posts';
import { PRIVATE_HEADERS } from '@/lib/auth/proxy/responses';
import { postHref } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site-url';

/**
 * What a newsletter service needs to announce posts: the metadata of every published post and
 * where to read it. No body text, not even of public posts: the links are the content.
 */
export async function GET() {
  const caller = await machineCaller();
  if (caller instanceof Response) return caller;
  const posts = getPublishedPosts().map((post) => ({
    slug: post.slug,
    title: post.title,
    date: post.date,
    updated: post.updated,
    summary: post.summary,
    tags: post.tags,
    access: post.access,
    authors: post.authors,
    url: absoluteUrl(postHref(post.slug)),
  }));
  return Response.json(
    { generatedAt: new Date().toISOString(), posts },
    { headers: PRIVATE_HEADERS },
  );
}
