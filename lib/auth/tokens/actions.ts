'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';

import { getViewer } from '@/lib/auth/session/viewer';
import { DASHBOARD_PATH } from '@/lib/paths';

import { makeMemberKey, makePrivateFeedUrl, revokeMemberKey } from './member-keys';

/** `replaced`: the new secret took the place of one that has now stopped working. */
export type SecretFormState =
  | { kind: 'idle' }
  | { kind: 'made'; secret: string; replaced?: boolean }
  | { kind: 'refused'; message: string };

const SESSION_ENDED: SecretFormState = {
  kind: 'refused',
  message: 'Your session has ended: sign in again.',
};
const CLERK_UNAVAILABLE = 'Clerk could not do this just now: try again in a minute.';

// Actions are endpoints of their own: each reads the session itself, whatever page it was on. One
// that changes the member's keys refreshes the page it was sent from, so that its lists are the
// keys as they now are.

/** "Make my private feed URL" and "Reset this URL": a new feed key; the old URL stops working. */
export async function resetPrivateFeedUrl(): Promise<SecretFormState> {
  const viewer = await getViewer();
  if (viewer.kind !== 'signed-in') return SESSION_ENDED;
  const made = await makePrivateFeedUrl(viewer.userId);
  if (!made) return { kind: 'refused', message: CLERK_UNAVAILABLE };
  refresh();
  return { kind: 'made', secret: made.url, replaced: made.replaced };
}

/** A new API key for the member's own scripts; its secret is shown once. */
export async function createApiKey(
  _previous: SecretFormState,
  form: FormData,
): Promise<SecretFormState> {
  const viewer = await getViewer();
  if (viewer.kind !== 'signed-in') return SESSION_ENDED;
  const name = String(form.get('name') ?? '').trim();
  if (name.length === 0 || name.length > 64)
    return {
      kind: 'refused',
      message: 'Give the key a name of 1 to 64 characters, such as "laptop".',
    };
  const secret = await makeMemberKey(viewer.userId, name);
  if (!secret) return { kind: 'refused', message: CLERK_UNAVAILABLE };
  refresh();
  return { kind: 'made', secret };
}

/** Revokes one of the member's keys, then shows the list again: a plain form, so it works without JavaScript. */
export async function revokeApiKey(form: FormData): Promise<void> {
  const viewer = await getViewer();
  const keyId = form.get('keyId');
  const outcome =
    viewer.kind === 'signed-in' && typeof keyId === 'string'
      ? await revokeMemberKey(viewer.userId, keyId)
      : 'not-found';
  redirect(`${DASHBOARD_PATH}?revoked=${outcome}#api-keys`);
}
