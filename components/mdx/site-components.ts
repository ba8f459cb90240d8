import { Callout } from './callout';
import { Figure } from './figure';
import { PaywallDivider } from './paywall-divider';

/**
 * The MDX components of the site's pages. They are plain server markup (no client state), which
 * lets the content build render a gated post's full text to HTML once, for the member area.
 */
export const siteComponents = { Paywall: PaywallDivider, Callout, Figure };

export const PROSE_CLASSES =
  'prose prose-stone max-w-none dark:prose-invert prose-headings:font-serif prose-a:text-[var(--color-accent)] dark:prose-a:text-orange-300 prose-pre:bg-stone-900';
