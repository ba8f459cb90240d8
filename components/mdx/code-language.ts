import { isValidElement, type ReactNode } from 'react';

/** The language of a fenced code block (```ts), read from the `language-ts` class that MDX puts on its `<code>`. */
export function codeLanguage(children: ReactNode): string | null {
  if (!isValidElement<{ className?: string }>(children)) return null;
  const match = /(?:^|\s)language-([\w+#-]+)/.exec(children.props.className ?? '');
  return match?.[1] ?? null;
}
