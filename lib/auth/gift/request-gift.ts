import { privateApiPostHref } from '@/lib/paths';

export type GiftFormState =
  | { kind: 'idle' }
  | { kind: 'made'; url: string; expiresAt: string }
  | { kind: 'refused'; message: string };

/** What the private API says when it does not make the link (lib/auth/proxy/responses.ts, apiError). */
function refusal(status: number, body: unknown): string {
  if (status === 401) return 'Your session has ended: sign in again to gift this post.';
  if (status === 404) return 'This post is no longer published.';
  const message =
    typeof body === 'object' && body !== null && 'message' in body ? body.message : undefined;
  return typeof message === 'string'
    ? message
    : 'The gift link could not be made: try again in a moment.';
}

/**
 * "Gift this post", from the browser: the private API's gift endpoint, which reads the session
 * itself. The member post page is served as HTML rendered once for many readers, so it has no
 * server action of its own to post to.
 */
export async function requestGift(slug: string, days: number | undefined): Promise<GiftFormState> {
  try {
    const reply = await fetch(`${privateApiPostHref(slug)}/gift`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(days === undefined ? {} : { expiresInDays: days }),
    });
    const body: unknown = await reply.json().catch(() => null);
    if (
      reply.status === 201 &&
      typeof body === 'object' &&
      body !== null &&
      'url' in body &&
      'expiresAt' in body
    ) {
      return { kind: 'made', url: String(body.url), expiresAt: String(body.expiresAt) };
    }
    return { kind: 'refused', message: refusal(reply.status, body) };
  } catch {
    return {
      kind: 'refused',
      message: 'The gift link could not be made: check your connection and try again.',
    };
  }
}
