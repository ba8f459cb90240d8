import { createElement, type HTMLAttributes, type ReactNode } from 'react';

/** The elements a card stands as: a section of the dashboard, or a block of the demo's pages. */
type CardElement = 'section' | 'li' | 'dl' | 'p';

/** A bordered block; `className` adds its place in the page (margins, layout). */
export function Card({
  as = 'section',
  className = '',
  ...props
}: { as?: CardElement } & HTMLAttributes<HTMLElement>) {
  return createElement(as, {
    ...props,
    className: `${className} rounded-lg border border-stone-300 p-5 dark:border-stone-700`.trim(),
  });
}

/** A card under its own heading, which also names it for assistive technology: a section of the dashboard, found by `#id`. */
export function TitledCard({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Card id={id} aria-labelledby={`${id}-title`} className="mt-10">
      <h2 id={`${id}-title`} className="font-serif text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </Card>
  );
}
