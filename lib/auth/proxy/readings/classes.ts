import { decide, GIFT_DAYS, maxGiftDays, type SignedInViewer } from '@/lib/auth/policy';
import type { GatedPostEntry } from '@/lib/content/types';

/**
 * What a signed-in reader's rendering of a gated post holds. Nothing else of the reader is on it,
 * so one rendering, which Next.js renders once and keeps, serves every reader of the class: the
 * post in full with the gift form for up to 14 days, in full with the editors' gift form (up to a
 * year), or the preview with the upgrade offer. On a gated post, whoever may read it may give it.
 */
export const READING_CLASSES = ['full', 'full-editor', 'upgrade'] as const;

export type ReadingClass = (typeof READING_CLASSES)[number];

export function readingClassOf(
  access: GatedPostEntry['access'],
  viewer: SignedInViewer,
): ReadingClass {
  if (!decide(access, viewer).full) return 'upgrade';
  return maxGiftDays(viewer) === GIFT_DAYS ? 'full' : 'full-editor';
}

export function isReadingClass(value: string): value is ReadingClass {
  return (READING_CLASSES as readonly string[]).includes(value);
}

/**
 * A reader of the class, for rendering its page: `decide`, `mayGift` and `maxGiftDays` give it the
 * same answers as to every reader of the class (tests/unit/readings.test.ts checks every access level).
 */
export function readerOfClass(reading: ReadingClass): SignedInViewer {
  const reader = { kind: 'signed-in', userId: 'a-class-of-readers' } as const;
  switch (reading) {
    case 'full':
      return { ...reader, premium: true, editor: false };
    case 'full-editor':
      return { ...reader, premium: true, editor: true };
    case 'upgrade':
      return { ...reader, premium: false, editor: false };
  }
}
