import type { ReactNode } from 'react';

import type { CalloutType } from '@/lib/content/schema';

const styles: Record<CalloutType, string> = {
  note: 'border-sky-600 bg-sky-50 dark:bg-sky-950/40',
  tip: 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950/40',
  warning: 'border-amber-600 bg-amber-50 dark:bg-amber-950/40',
};

const labels: Record<CalloutType, string> = { note: 'Note', tip: 'Tip', warning: 'Warning' };

export function Callout({ type = 'note', children }: { type?: CalloutType; children: ReactNode }) {
  return (
    <aside
      aria-label={labels[type]}
      className={`not-prose my-6 rounded-r-md border-l-4 px-4 py-3 ${styles[type]}`}
    >
      <p className="mb-1 text-sm font-semibold">{labels[type]}</p>
      <div className="text-[0.95rem] leading-relaxed [&>p]:my-1">{children}</div>
    </aside>
  );
}
