import type { ReactNode } from 'react';

/**
 * A block under a small upper-case heading, which also names it for assistive technology
 * (`aria-labelledby`): a `section` of a page, or a `nav` such as the table of contents.
 */
export function LabelledSection({
  as: Element = 'section',
  id,
  title,
  className,
  children,
}: {
  as?: 'section' | 'nav';
  id: string;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Element aria-labelledby={id} className={className}>
      <h2
        id={id}
        className="text-sm font-semibold uppercase tracking-widest text-stone-600 dark:text-stone-400"
      >
        {title}
      </h2>
      {children}
    </Element>
  );
}
