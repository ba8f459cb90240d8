import { getMDXComponent } from 'mdx-bundler/client';
import type { ComponentProps, ComponentType } from 'react';

import { Callout } from './callout';
import { Figure } from './figure';
import { PaywallDivider } from './paywall-divider';

// A code block scrolls sideways on a phone: it must be focusable so a keyboard can scroll it.
const CodeBlock = (props: ComponentProps<'pre'>) => <pre tabIndex={0} {...props} />;

const components = { Paywall: PaywallDivider, Callout, Figure, pre: CodeBlock };

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
