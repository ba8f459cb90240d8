import type { Access } from '@/lib/content/schema';

/** Says whose part of the post begins: members' on a members-only post, subscribers' on a premium one. */
const PART_LABELS: Record<Exclude<Access, 'public'>, string> = {
  members: 'Members\u2019 part',
  premium: 'Subscribers\u2019 part',
};

/** Where the public preview ends, shown to readers of the full text. */
export function PaywallDivider({ access }: { access: Access }) {
  return (
    <div
      role="separator"
      aria-label="End of the public preview"
      className="not-prose my-10 flex items-center gap-3 text-xs font-semibold uppercase tracking-widest text-stone-600 dark:text-stone-400"
    >
      <span className="h-px flex-1 bg-stone-300 dark:bg-stone-700" />
      {access === 'public' ? null : PART_LABELS[access]}
      <span className="h-px flex-1 bg-stone-300 dark:bg-stone-700" />
    </div>
  );
}
