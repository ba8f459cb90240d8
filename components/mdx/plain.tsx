import type { ComponentProps, ReactNode } from 'react';

import type { CalloutType } from '@/lib/content/schema';

/**
 * The MDX components as plain HTML, for channels that leave the site as markup (the private
 * API and the members' feed): no client code, no Next.js image pipeline.
 */
export const plainComponents = {
  Paywall: () => null,
  Callout: ({ type = 'note', children }: { type?: CalloutType; children: ReactNode }) => (
    <aside className={`callout callout-${type}`}>
      <strong>{type[0].toUpperCase() + type.slice(1)}: </strong>
      {children}
    </aside>
  ),
  Figure: ({ src, alt, caption }: { src: string; alt: string; caption?: string }) => (
    <figure>
      <img src={src} alt={alt} />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  ),
  a: (props: ComponentProps<'a'>) => <a {...props} />,
};
