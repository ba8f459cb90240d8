import type { EditorialStatus } from '@/lib/content/editorial';
import { formatDate } from '@/lib/format';

export function StatusLabel({ status, date }: { status: EditorialStatus; date: string }) {
  if (status === 'draft') return <span className="font-semibold">Draft</span>;
  return (
    <span className="font-semibold">
      Scheduled for <time dateTime={date}>{formatDate(date)}</time>
    </span>
  );
}
