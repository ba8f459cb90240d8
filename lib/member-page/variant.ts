import type { Access } from '@/lib/content/schema';

import { decide, GIFT_DAYS, maxGiftDays, mayGift, type Viewer } from '../access/policy';

/**
 * What a member post page looks like for one class of signed-in reader. The page holds nothing
 * else of the reader's, so one rendering serves everyone of the class: the post in full (with the
 * gift form a giver of up to 14 days or, for an editor, up to a year gets), or its preview with
 * the upgrade offer.
 */
export const MEMBER_PAGE_VARIANTS = ['read', 'read-gift', 'read-gift-editor', 'upgrade'] as const;

export type MemberPageVariant = (typeof MEMBER_PAGE_VARIANTS)[number];

type SignedIn = Extract<Viewer, { kind: 'signed-in' }>;

export function memberPageVariant(access: Access, viewer: SignedIn): MemberPageVariant {
  if (!decide(access, viewer).full) return 'upgrade';
  if (!mayGift(access, viewer)) return 'read';
  return maxGiftDays(viewer) === GIFT_DAYS ? 'read-gift' : 'read-gift-editor';
}

export function isMemberPageVariant(value: string): value is MemberPageVariant {
  return (MEMBER_PAGE_VARIANTS as readonly string[]).includes(value);
}

/**
 * A reader of the class, for rendering its page: `decide`, `mayGift` and `maxGiftDays` give it
 * the same answers as to every reader of the class (a unit test checks every access level).
 */
export function viewerOfVariant(variant: MemberPageVariant): SignedIn {
  const reader = { kind: 'signed-in', userId: 'rendered-for-a-class-of-readers' } as const;
  switch (variant) {
    case 'read':
    case 'read-gift':
      return { ...reader, premium: true, editor: false };
    case 'read-gift-editor':
      return { ...reader, premium: true, editor: true };
    case 'upgrade':
      return { ...reader, premium: false, editor: false };
  }
}
