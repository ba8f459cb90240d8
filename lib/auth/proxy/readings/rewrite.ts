import { type NextRequest, NextResponse } from 'next/server';

import type { SignedInViewer } from '@/lib/auth/policy';
import { publishedGatedPost } from '@/lib/content/gated-posts';
import type { GatedPostEntry } from '@/lib/content/types';
import { PRIVATE_HEADERS } from '@/lib/auth/proxy/responses';
import { noteReason } from '@/lib/observability/request-context';
import { BLOG_PATH } from '@/lib/paths';

import { readingClassOf } from './classes';
import { readingHref } from './lock';

const POST_PATH = new RegExp(`^${BLOG_PATH}/([a-z0-9-]+)$`);

/** The published gated post a path is the address of (`/blog/<slug>`), if any. */
export function gatedPostOfPath(
  pathname: string,
  now: Date = new Date(),
): GatedPostEntry | undefined {
  const slug = POST_PATH.exec(pathname)?.[1];
  return slug ? publishedGatedPost(slug, now) : undefined;
}

/**
 * The signed-in reader's rendering of the post, served at the address they asked for: what Next.js
 * rendered and keeps for their class of reader, never kept by anything in front of this server.
 */
export function readingRewrite(
  req: NextRequest,
  post: GatedPostEntry,
  viewer: SignedInViewer,
): NextResponse {
  const reading = readingClassOf(post.access, viewer);
  noteReason(req.headers, `reading-${reading}`);
  return NextResponse.rewrite(new URL(readingHref(post.slug, reading), req.url), {
    headers: PRIVATE_HEADERS,
  });
}
