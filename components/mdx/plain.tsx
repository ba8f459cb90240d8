import type { ComponentProps, ReactNode } from 'react';

import type { CalloutType } from '@/lib/content/schema';

import { codeLanguage } from './code-language';

type Dimension = number | string | undefined;

/**
 * The MDX components as plain HTML, for channels that leave the site as markup (the private
 * API and the members' feed): no client code, no Next.js image pipeline.
 */
export const plainComponents = {
  Paywall: () => null,
  Callout: ({ type = 'note', children }: { type?: CalloutType; children: ReactNode }) => (
    <aside className={`callout callout-${type}`}>
      <strong>{type.charAt(0).toUpperCase() + type.slice(1)}: </strong>
      {children}
    </aside>
  ),
  Figure: ({
    src,
    alt,
    caption,
    width,
    height,
  }: {
    src: string;
    alt: string;
    caption?: string;
    width?: Dimension;
    height?: Dimension;
  }) => (
    <figure>
      <img src={src} alt={alt} width={width} height={height} />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  ),
  pre: ({ children, ...rest }: ComponentProps<'pre'>) => (
    <pre {...rest} data-language={codeLanguage(children) ?? undefined}>
      {children}
    </pre>
  ),
  a: (props: ComponentProps<'a'>) => <a {...props} />,
};
