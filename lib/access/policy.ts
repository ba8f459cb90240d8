import 'server-only';

import type { Access } from '@/lib/content/schema';

/** Who is asking, as far as access to posts goes. */
export type Viewer = { kind: 'anonymous'; pendingTask: boolean } | { kind: 'signed-in'; userId: string; premium: boolean; editor: boolean };

export const ANONYMOUS: Viewer = { kind: 'anonymous', pendingTask: false };

/** What a viewer is offered instead of a text they may not read. */
export type Offer = 'sign-up' | 'subscribe' | 'upgrade';

export type Decision = { full: true } | { full: false; offer: Offer };

/**
 * The one rule for every channel (pages, API, feeds, indexes, images): may this viewer receive
 * the full text of a post with this access level? Editors read everything they may publish.
 */
export function decide(access: Access, viewer: Viewer): Decision {
  if (access === 'public') return { full: true };
  if (viewer.kind === 'anonymous') return { full: false, offer: access === 'members' ? 'sign-up' : 'subscribe' };
  if (viewer.editor || access === 'members' || viewer.premium) return { full: true };
  return { full: false, offer: 'upgrade' };
}
