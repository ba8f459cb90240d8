import 'server-only';

import { unauthenticated } from '@/lib/gate/responses';

import type { SignedInViewer } from './guard';
import { getViewer } from './viewer';

/** A private API handler's own lock: the signed-in viewer, or the 401 to answer. */
export async function apiViewer(): Promise<SignedInViewer | Response> {
  const viewer = await getViewer();
  if (viewer.kind === 'signed-in') return viewer;
  return unauthenticated(viewer.pendingTask);
}
