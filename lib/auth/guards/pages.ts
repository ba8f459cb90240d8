import 'server-only';

import { notFound, redirect } from 'next/navigation';

import { SIGN_IN_PATH, SIGN_IN_TASKS_PATH } from '@/lib/paths';

import type { SignedInViewer, Viewer } from '../policy';
import { getViewer } from '../session/viewer';

/**
 * The member area's own lock, behind the proxy's: a protected page calls this before it reads
 * anything, so a request the proxy did not see is still sent to sign in.
 */
export async function requireSignedIn(returnTo: string): Promise<SignedInViewer> {
  return signedInOrSent(await getViewer(), returnTo);
}

function signedInOrSent(viewer: Viewer, returnTo: string): SignedInViewer {
  if (viewer.kind === 'signed-in') return viewer;
  if (viewer.pendingTask)
    redirect(`${SIGN_IN_TASKS_PATH}?redirect_url=${encodeURIComponent(returnTo)}`);
  redirect(`${SIGN_IN_PATH}?redirect_url=${encodeURIComponent(returnTo)}`);
}

/**
 * The editors' area's own lock, behind the proxy's: anyone without the editor permission,
 * signed in or not, gets the same 404 as for a page that does not exist.
 */
export async function requireEditor(): Promise<SignedInViewer> {
  const viewer = await getViewer();
  if (viewer.kind === 'signed-in' && viewer.editor) return viewer;
  notFound();
}
