import type { Access } from './schema';

/**
 * How each access level reads on the site: `label` on a badge, a share card or a list; `post` in a
 * sentence ("Read this premium post on the site").
 */
export const ACCESS_LABELS: Record<Access, { label: string; post: string }> = {
  public: { label: 'Public', post: 'post' },
  members: { label: 'Members', post: 'members-only post' },
  premium: { label: 'Premium', post: 'premium post' },
};
