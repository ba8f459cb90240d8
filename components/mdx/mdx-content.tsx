import { getMDXComponent } from 'mdx-bundler/client';
import type { ComponentType } from 'react';

import { PROSE_CLASSES, siteComponents } from './site-components';

type MdxComponent = ComponentType<{ components: typeof siteComponents }>;

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
    <div className={PROSE_CLASSES}>
      <Content components={siteComponents} />
    </div>
  );
}

/**
 * A post body the content build already rendered with `siteComponents` (the same markup as
 * MdxContent), so that a per-request page does not render the whole MDX tree again.
 */
export function RenderedMdx({ html }: { html: string }) {
  return <div className={PROSE_CLASSES} dangerouslySetInnerHTML={{ __html: html }} />;
}
