import { apiViewer } from '@/lib/auth/guards/api';
import { OAUTH_SCOPES } from '@/lib/auth/tokens/credentials';
import { listGatedPosts } from '@/lib/auth/readable-posts';
import { PRIVATE_HEADERS } from '@/lib/auth/proxy/responses';

export async function GET() {
  const viewer = await apiViewer(OAUTH_SCOPES.posts);
  if (viewer instanceof Response) return viewer;
  return Response.json(
    {
      userId: viewer.userId,
      plan: viewer.premium ? 'premium' : 'member',
      editor: viewer.editor,
      canRead: { public: true, members: true, premium: viewer.premium || viewer.editor },
      openPosts: listGatedPosts(viewer)
        .filter((p) => p.canRead)
        .map((p) => p.post.slug),
    },
    { headers: PRIVATE_HEADERS },
  );
}
