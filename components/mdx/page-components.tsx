import type { Access } from '@/lib/content/schema';

import { Callout } from './callout';
import { CodeBlock } from './code-block';
import { Figure, MarkdownImage } from './figure';
import { PaywallDivider } from './paywall-divider';

/**
 * The MDX components as the site's pages show a post of this access level, rendered to HTML once
 * by the content build (scripts/build-content.ts). What a post may use without importing it:
 * lib/content/schema.ts lists the names for the content check.
 */
export function pageComponents(access: Access) {
  return {
    Paywall: () => <PaywallDivider access={access} />,
    Callout,
    Figure,
    img: MarkdownImage,
    pre: CodeBlock,
  };
}
