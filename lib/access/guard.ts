import 'server-only';

import { notFound, redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';

import { sessionViewer } from '@/lib/gate/session-check';
import { openVerdict, VIEWER_VERDICT_HEADER } from '@/lib/gate/viewer-verdict';
import { SIGN_IN_PATH, SIGN_IN_TASKS_PATH } from '@/lib/paths';

import type { Viewer } from './policy';
import { getViewer } from './viewer';

export type SignedInViewer = Extract<Viewer, { kind: 'signed-in' }>;

/**
 * The member area's own lock, behind the proxy's: a protected page calls this before it reads
 * anything, so a request the proxy did not see is still sent to sign in.
 */
export async function requireSignedIn(returnTo: string): Promise<SignedInViewer> {
  return signedInOrSent(await getViewer(), returnTo);
}

/**
 * The same lock for a route handler: the proxy's signed verdict on this request
 * (lib/gate/viewer-verdict.ts), else Clerk's own check of it (lib/gate/session-check.ts).
 */
export async function requireSignedInRequest(request: NextRequest, returnTo: string): Promise<SignedInViewer> {
  const verdict = openVerdict(request.headers.get(VIEWER_VERDICT_HEADER), request.nextUrl.pathname);
  return signedInOrSent(verdict ?? (await sessionViewer(request)), returnTo);
}

function signedInOrSent(viewer: Viewer, returnTo: string): SignedInViewer {
  if (viewer.kind === 'signed-in') return viewer;
  if (viewer.pendingTask) redirect(`${SIGN_IN_TASKS_PATH}?redirect_url=${encodeURIComponent(returnTo)}`);
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
