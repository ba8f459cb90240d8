import { createHmac } from 'node:crypto';

import buildSecret from '@/.content/reading-lock.json';
import { GATED_READING_PATH } from '@/lib/paths';

import type { ReadingClass } from './classes';

/** Each post's and class's lock, computed once per process: at most three per gated post. */
const locks = new Map<string, string>();

/**
 * The second lock of a gated post's renderings. The page can read no session (Next.js renders it
 * once and keeps it), so it opens only at an address that holds a segment made from a secret of
 * the build (scripts/build-content.ts: the same in every copy of one build, in its server code
 * only) for that post and class of reader, and at no other (`dynamicParams = false`). Next.js
 * shows a rewrite's destination to the client that asked (in a response header and in
 * the RSC payload's route), so a reader learns the address of the renderings they were served
 * and of no other: a member's address of a members-only post says nothing of a premium one's.
 * The proxy, the first lock, refuses the whole prefix to every request.
 */
export function readingLock(slug: string, reading: ReadingClass): string {
  const id = `${slug}\n${reading}`;
  let lock = locks.get(id);
  if (!lock) {
    lock = createHmac('sha256', buildSecret.lock).update(id).digest('base64url').slice(0, 32);
    locks.set(id, lock);
  }
  return lock;
}

export function readingHref(slug: string, reading: ReadingClass): string {
  return `${GATED_READING_PATH}/${readingLock(slug, reading)}/${slug}/${reading}`;
}

const PREFIX_SEGMENT = GATED_READING_PATH.slice(1);

/**
 * Whether a request's path names the readings in any spelling Next.js or a server in front might
 * route there: any segment equal to the prefix once decoded and case-folded, so that `//`, `%2F`,
 * an encoded letter or `/GATED-reading` is refused like the plain prefix.
 */
export function namesReadings(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = pathname;
  }
  return decoded
    .toLowerCase()
    .split(/[/\\]/)
    .some((segment) => segment === PREFIX_SEGMENT);
}
