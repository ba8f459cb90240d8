import { tagLabel } from '@/lib/content/tags';
import { tagHref } from '@/lib/paths';

export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label="Tags" className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag}>
          <a
            href={tagHref(tag)}
            className="inline-block rounded-full border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-900"
          >
            {tagLabel(tag)}
          </a>
        </li>
      ))}
    </ul>
  );
}
