import type { Access } from '@/lib/content/schema';

// No `server-only`: the proxy picks a signed-in reader's rendering of a gated post with this rule
// (lib/auth/proxy/readings), and it holds nothing secret.

/** Who is asking, as far as access to posts goes. */
export type Viewer =
  | { kind: 'anonymous'; pendingTask: boolean }
  | { kind: 'signed-in'; userId: string; premium: boolean; editor: boolean };

export type SignedInViewer = Extract<Viewer, { kind: 'signed-in' }>;

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
  if (viewer.kind === 'anonymous')
    return { full: false, offer: access === 'members' ? 'sign-up' : 'subscribe' };
  if (viewer.editor || access === 'members' || viewer.premium) return { full: true };
  return { full: false, offer: 'upgrade' };
}

/**
 * The gift rule, from the one above: a viewer may give away a gated post they may read
 * themselves (a subscriber premium and members-only posts, a member members-only posts, an
 * editor any). A public post needs no gift; drafts and scheduled posts are not published, so
 * whoever asks finds nothing to give.
 */
export function mayGift(access: Access, viewer: Viewer): boolean {
  return viewer.kind === 'signed-in' && access !== 'public' && decide(access, viewer).full;
}

/** Days a gift link lasts unless its giver says fewer. */
export const GIFT_DAYS = 14;

/** The longest lifetime this viewer may give a link: an editor's may last a year. */
export function maxGiftDays(viewer: Viewer): number {
  return viewer.kind === 'signed-in' && viewer.editor ? 365 : GIFT_DAYS;
}
