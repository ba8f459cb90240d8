import { getMDXComponent } from 'mdx-bundler/client';
import type { ComponentType, ReactElement } from 'react';

import { Callout } from './callout';
import { CodeBlock } from './code-block';
import { Figure, MarkdownImage } from './figure';
import { PaywallDivider } from './paywall-divider';

/** What a post may use without importing it (lib/content/schema.ts lists the names for the content check). */
const components = { Paywall: PaywallDivider, Callout, Figure, img: MarkdownImage, pre: CodeBlock };

type MdxComponent = ComponentType<{ components: typeof components }>;

// Evaluating compiled MDX is the costly part of a request; the code of a post only changes
// with a new build, so each distinct code is evaluated once per server process. The cache holds
// the finished element, so no render ever creates a component type of its own.
const bodies = new Map<string, ReactElement>();

function bodyFor(code: string): ReactElement {
  let body = bodies.get(code);
  if (!body) {
    const Content = getMDXComponent(code) as MdxComponent;
    body = <Content components={components} />;
    bodies.set(code, body);
  }
  return body;
}

export function MdxContent({ code }: { code: string }) {
  return (
    <div className="prose prose-stone max-w-none dark:prose-invert prose-headings:font-serif prose-th:font-sans prose-a:text-[var(--color-accent)] dark:prose-a:text-orange-300 prose-pre:bg-stone-900">
      {bodyFor(code)}
    </div>
  );
}
