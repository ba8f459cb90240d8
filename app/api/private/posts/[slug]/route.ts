import { apiViewer } from '@/lib/auth/guards/api';
import { OAUTH_SCOPES } from '@/lib/auth/tokens/credentials';
import { readPost } from '@/lib/auth/readable-posts';
import { apiError, PRIVATE_HEADERS } from '@/lib/auth/proxy/responses';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const viewer = await apiViewer(OAUTH_SCOPES.posts);
  if (viewer instanceof Response) return viewer;
  const { slug } = await params;
  const reading = readPost(slug, viewer);
  if (reading.kind === 'not-found')
    return apiError(404, 'not_found', `No published post "${slug}".`);
  if (reading.kind === 'preview') {
    return apiError(
      403,
      'forbidden',
      `"${slug}" is a ${reading.post.access} post; your plan does not include it. See /pricing.`,
    );
  }
  const { post, html } = reading;
  return Response.json(
    { slug: post.slug, title: post.title, date: post.date, access: post.access, html },
    { headers: PRIVATE_HEADERS },
  );
}
