import { LabelledSection } from '@/components/layout/labelled-section';
import type { TocEntry } from '@/lib/content/toc';

/** Links to the headings of the text on the page (for a gated post: of its preview only). */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length < 2) return null;
  return (
    <LabelledSection
      as="nav"
      id="toc-title"
      title="Contents"
      className="mb-10 rounded-lg border border-stone-200 p-5 text-sm dark:border-stone-800"
    >
      <ol className="mt-3 space-y-2">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'ml-5' : undefined}>
            <a href={`#${entry.id}`} className="underline-offset-2 hover:underline">
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </LabelledSection>
  );
}
