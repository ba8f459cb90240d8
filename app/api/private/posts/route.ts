import { apiViewer } from '@/lib/auth/guards/api';
import { listGatedPosts } from '@/lib/auth/readable-posts';
import { PRIVATE_HEADERS } from '@/lib/auth/proxy/responses';
import { privateApiPostHref } from '@/lib/paths';

export async function GET() {
  const viewer = await apiViewer();
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
