/**
 * The code blocks' copy buttons: built into each post's HTML by the content build, and brought to
 * life in the browser by one listener per page (components/mdx/code-copier.tsx).
 */
/** The attribute CodeBlock puts on each button (it spells it out: JSX takes no computed attribute names). */
export const COPY_BUTTON_ATTRIBUTE = 'data-copy-code';

export type CopyState = 'idle' | 'copied' | 'failed';

/** The button's visible label, in an aria-live region so that a screen reader hears the outcome. */
export const COPY_LABELS: Record<CopyState, string> = {
  idle: 'Copy',
  copied: 'Copied',
  failed: 'Copy failed',
};
