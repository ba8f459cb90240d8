import { ACCESS_LABELS } from '@/lib/content/access-labels';
import type { Access } from '@/lib/content/schema';

export function AccessBadge({ access }: { access: Access }) {
  if (access === 'public') return null;
  return (
    <span className="inline-block rounded-full bg-[var(--color-accent-soft)] px-2 py-0.5 text-xs font-semibold text-[var(--color-accent)] dark:bg-orange-950 dark:text-orange-200">
      {ACCESS_LABELS[access].label}
    </span>
  );
}
