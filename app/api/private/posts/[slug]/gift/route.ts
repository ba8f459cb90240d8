import { apiViewer } from '@/lib/auth/guards/api';
import { readBoundedText } from '@/lib/security/bounded-body';
import { crossSiteRefused, isCrossSiteWrite } from '@/lib/auth/guards/cross-site';
import { apiError, PRIVATE_HEADERS } from '@/lib/auth/proxy/responses';
import { type GiftMade, giftPermit, makeGift } from '@/lib/auth/gift/gifts';

/** `{ "expiresInDays": 365 }` is 21 bytes: 1 kB leaves room for spaces and nothing worth parsing. */
const GIFT_BODY_LIMIT = 1024;

/** Reads `{ "expiresInDays"?: n }`; an empty body asks for the default lifetime. */
async function requestedDays(request: Request): Promise<{ days: unknown } | Response> {
  const body = await readBoundedText(request, GIFT_BODY_LIMIT);
  if (body.kind === 'too-large')
    return apiError(
      413,
      'too_large',
      `The body is over ${GIFT_BODY_LIMIT} bytes: send { "expiresInDays"?: number }.`,
    );
  if (body.kind === 'unreadable')
    return apiError(400, 'bad_request', 'The body could not be read.');
  if (body.text.trim() === '') return { days: undefined };
  try {
    const parsed: unknown = JSON.parse(body.text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return apiError(
        400,
        'bad_request',
        'The body must be a JSON object: { "expiresInDays"?: number }.',
      );
    }
    return { days: (parsed as Record<string, unknown>).expiresInDays };
  } catch {
    return apiError(400, 'bad_request', 'The body is not JSON: send { "expiresInDays"?: number }.');
  }
}

function answer(slug: string, made: GiftMade): Response {
  switch (made.kind) {
    case 'created':
      return Response.json(
        { url: made.url, expiresAt: made.expiresAt.toISOString() },
        { status: 201, headers: PRIVATE_HEADERS },
      );
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

/**
 * Makes a gift link to one post for whoever may give it (lib/auth/policy.ts, mayGift). Who asks,
 * and whether they may gift this post, is settled before the body is read.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  if (isCrossSiteWrite(request)) return crossSiteRefused();
  const viewer = await apiViewer(null);
  if (viewer instanceof Response) return viewer;
  const { slug } = await params;
  const permit = giftPermit(slug, viewer);
  if (permit.kind !== 'permitted') return answer(slug, permit);
  const asked = await requestedDays(request);
  if (asked instanceof Response) return asked;
  return answer(slug, makeGift(slug, viewer, asked.days));
}
