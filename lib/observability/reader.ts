import type { Viewer } from '@/lib/auth/policy';

/** Who asked, as the log and the metrics sort readers: never who exactly. */
export const READER_CLASSES = ['anonymous', 'member', 'subscriber', 'editor', 'machine'] as const;

export type ReaderClass = (typeof READER_CLASSES)[number];

export function readerClassOf(viewer: Viewer): ReaderClass {
  if (viewer.kind !== 'signed-in') return 'anonymous';
  if (viewer.editor) return 'editor';
  return viewer.premium ? 'subscriber' : 'member';
}
