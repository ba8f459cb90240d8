import { apiViewer } from '@/lib/auth/guards/api';
import { OAUTH_SCOPES } from '@/lib/auth/tokens/credentials';
import { listGatedPosts } from '@/lib/auth/readable-posts';
import { PRIVATE_HEADERS } from '@/lib/auth/proxy/responses';
import { privateApiPostHref } from '@/lib/paths';

export async function GET() {
  const viewer = await apiViewer(OAUTH_SCOPES.posts);
  if (viewer instanceof Response) return viewer;
  const posts = listGatedPosts(viewer).map(({ post, canRead }) => ({
    slug: post.slug,
    title: post.title,
    date: post.date,
    access: post.access,
    summary: post.summary,
    canRead,
    url: privateApiPostHref(post.slug),
  }));
  return Response.json({ posts }, { headers: PRIVATE_HEADERS });
}
