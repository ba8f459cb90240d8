import 'server-only';

import { getGatedPosts, getPublishedPost } from '@/lib/content/posts';
import { getPublicText } from '@/lib/content/public-text';
import { getRestrictedText } from '@/lib/content/restricted';
import type { TocEntry } from '@/lib/content/toc';
import type { PublicPost } from '@/lib/content/types';

import { decide, type Offer, type Viewer } from './policy';

export type PostReading =
  | { kind: 'full'; post: PublicPost; html: string; bodyHtml: string; toc: TocEntry[] }
  | { kind: 'preview'; post: PublicPost; offer: Offer }
  | { kind: 'not-found' };

/** What this viewer may receive of the post `slug`: the full text, the preview, or nothing. */
export function readPost(slug: string, viewer: Viewer, now: Date = new Date()): PostReading {
  const post = getPublishedPost(slug, now);
  if (!post) return { kind: 'not-found' };
  const decision = decide(post.access, viewer);
  if (!decision.full) return { kind: 'preview', post, offer: decision.offer };
  if (post.access === 'public') {
    const text = getPublicText(post);
    return {
      kind: 'full',
      post,
      html: text.html ?? '',
      bodyHtml: text.bodyHtml ?? '',
      toc: text.toc,
    };
  }
  const text = getRestrictedText(slug);
  if (!text)
    throw new Error(
      `The content build has no full text for the gated post "${slug}": run npm run content`,
    );
  return { kind: 'full', post, html: text.html, bodyHtml: text.bodyHtml, toc: text.toc };
}

/** The published gated posts, each with whether this viewer may open it. */
export function listGatedPosts(viewer: Viewer, now: Date = new Date()) {
  return getGatedPosts(now).map((post) => ({ post, canRead: decide(post.access, viewer).full }));
}
