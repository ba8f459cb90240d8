'use server';

import { redirect } from 'next/navigation';

import { getViewer } from '@/lib/access/viewer';
import { DASHBOARD_PATH } from '@/lib/paths';

import { makeMemberKey, makePrivateFeedUrl, revokeMemberKey } from './member-keys';

export type SecretFormState = { kind: 'idle' } | { kind: 'made'; secret: string } | { kind: 'refused'; message: string };

const SESSION_ENDED: SecretFormState = { kind: 'refused', message: 'Your session has ended: sign in again.' };
const CLERK_UNAVAILABLE = 'Clerk could not do this just now: try again in a minute.';

// Actions are endpoints of their own: each reads the session itself, whatever page it was on.

/** "Make my private feed URL" and "Reset this URL": a new feed key; the old URL stops working. */
export async function resetPrivateFeedUrl(): Promise<SecretFormState> {
  const viewer = await getViewer();
  if (viewer.kind !== 'signed-in') return SESSION_ENDED;
  const url = await makePrivateFeedUrl(viewer.userId);
  return url ? { kind: 'made', secret: url } : { kind: 'refused', message: CLERK_UNAVAILABLE };
}

/** A new API key for the member's own scripts; its secret is shown once. */
export async function createApiKey(_previous: SecretFormState, form: FormData): Promise<SecretFormState> {
  const viewer = await getViewer();
  if (viewer.kind !== 'signed-in') return SESSION_ENDED;
  const name = String(form.get('name') ?? '').trim();
  if (name.length === 0 || name.length > 64) return { kind: 'refused', message: 'Give the key a name of 1 to 64 characters, such as "laptop".' };
  const secret = await makeMemberKey(viewer.userId, name);
  return secret ? { kind: 'made', secret } : { kind: 'refused', message: CLERK_UNAVAILABLE };
}

/** Revokes one of the member's keys, then shows the list again: a plain form, so it works without JavaScript. */
export async function revokeApiKey(form: FormData): Promise<void> {
  const viewer = await getViewer();
  const keyId = form.get('keyId');
  const outcome = viewer.kind === 'signed-in' && typeof keyId === 'string' ? await revokeMemberKey(viewer.userId, keyId) : 'not-found';
  redirect(`${DASHBOARD_PATH}?revoked=${outcome}#api-keys`);
}
