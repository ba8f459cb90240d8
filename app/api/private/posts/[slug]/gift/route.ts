import { apiViewer } from '@/lib/access/api';
import { apiError, PRIVATE_HEADERS } from '@/lib/gate/responses';
import { makeGift } from '@/lib/gift/gifts';

/** Reads `{ "expiresInDays"?: n }`; an empty body asks for the default lifetime. */
async function requestedDays(request: Request): Promise<{ days: unknown } | { message: string }> {
  const text = await request.text();
  if (text.trim() === '') return { days: undefined };
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return { message: 'The body must be a JSON object: { "expiresInDays"?: number }.' };
    return { days: (body as Record<string, unknown>).expiresInDays };
  } catch {
    return { message: 'The body is not JSON: send { "expiresInDays"?: number }.' };
  }
}

/** Makes a gift link to one post for whoever may give it (lib/access/policy.ts, mayGift). */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const viewer = await apiViewer();
  if (viewer instanceof Response) return viewer;
  const { slug } = await params;
  const asked = await requestedDays(request);
  if ('message' in asked) return apiError(400, 'bad_request', asked.message);
  const made = makeGift(slug, viewer, asked.days);
  switch (made.kind) {
    case 'created':
      return Response.json({ url: made.url, expiresAt: made.expiresAt.toISOString() }, { status: 201, headers: PRIVATE_HEADERS });
    case 'not-found':
      return apiError(404, 'not_found', `No published post "${slug}".`);
    case 'forbidden':
      return apiError(403, 'forbidden', made.message);
    case 'invalid':
      return apiError(400, 'bad_request', made.message);
    case 'off':
      return apiError(503, 'gifts_off', made.message);
  }
}
