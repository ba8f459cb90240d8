import { getMDXComponent } from 'mdx-bundler/client';
import type { ComponentType } from 'react';

import { Callout } from './callout';
import { CodeBlock } from './code-block';
import { Figure, MarkdownImage } from './figure';
import { PaywallDivider } from './paywall-divider';

/** What a post may use without importing it (lib/content/schema.ts lists the names for the content check). */
const components = { Paywall: PaywallDivider, Callout, Figure, img: MarkdownImage, pre: CodeBlock };

type MdxComponent = ComponentType<{ components: typeof components }>;

// Evaluating compiled MDX is the costly part of a request; the code of a post only changes
// with a new build, so each distinct code is evaluated once per server process.
const evaluated = new Map<string, MdxComponent>();

function componentFor(code: string): MdxComponent {
  let Component = evaluated.get(code);
  if (!Component) {
    Component = getMDXComponent(code) as MdxComponent;
    evaluated.set(code, Component);
  }
  return Component;
}

export function MdxContent({ code }: { code: string }) {
  const Content = componentFor(code);
  return (
    <div className="prose prose-stone max-w-none dark:prose-invert prose-headings:font-serif prose-a:text-[var(--color-accent)] dark:prose-a:text-orange-300 prose-pre:bg-stone-900">
      <Content components={components} />
    </div>
  );
}
