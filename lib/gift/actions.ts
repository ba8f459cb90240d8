'use server';

import { getViewer } from '@/lib/access/viewer';

import { makeGift } from './gifts';

export type GiftFormState = { kind: 'idle' } | { kind: 'made'; url: string; expiresAt: string } | { kind: 'refused'; message: string };

/**
 * "Gift this post": an action is an endpoint of its own, so it reads the session itself rather
 * than trusting the page it was rendered on.
 */
export async function giftThisPost(slug: string, _previous: GiftFormState, form: FormData): Promise<GiftFormState> {
  const viewer = await getViewer();
  if (viewer.kind !== 'signed-in') return { kind: 'refused', message: 'Your session has ended: sign in again to gift this post.' };
  const days = form.get('days');
  const made = makeGift(slug, viewer, typeof days === 'string' ? Number(days) : undefined);
  switch (made.kind) {
    case 'created':
      return { kind: 'made', url: made.url, expiresAt: made.expiresAt.toISOString() };
    case 'not-found':
      return { kind: 'refused', message: 'This post is no longer published.' };
    default:
      return { kind: 'refused', message: made.message };
  }
}
