import 'server-only';

import { unauthenticated } from '@/lib/gate/responses';

import type { SignedInViewer } from './guard';
import { getApiViewer } from './viewer';

/** A private API handler's own lock: the signed-in caller (session or API key), or the 401 to answer. */
export async function apiViewer(): Promise<SignedInViewer | Response> {
  const viewer = await getApiViewer();
  if (viewer.kind === 'signed-in') return viewer;
  return unauthenticated(viewer.pendingTask);
}
