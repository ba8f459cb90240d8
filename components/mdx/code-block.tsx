import type { ComponentProps } from 'react';

import { codeLanguage } from './code-language';
import { COPY_LABELS } from './copy-labels';

/**
 * A fenced code block: its language as a label, a copy button, and the highlighted code. It is
 * rendered to static HTML by the content build, so the button is plain markup: CodeCopier, once
 * per page, handles its clicks.
 */
export function CodeBlock({ children, ...rest }: ComponentProps<'pre'>) {
  const language = codeLanguage(children);
  return (
    <div
      data-code-block=""
      className="not-prose my-6 overflow-hidden rounded-md bg-stone-900 text-stone-100"
    >
      <div className="flex items-center justify-between border-b border-stone-700 px-3 py-1">
        <span className="font-mono text-xs uppercase tracking-wider text-stone-300">
          {language ?? 'text'}
        </span>
        <button
          type="button"
          data-copy-code=""
          className="rounded px-2 py-0.5 text-xs font-semibold text-stone-200 hover:bg-stone-700 focus-visible:bg-stone-700"
        >
          <span aria-live="polite">{COPY_LABELS.idle}</span>
        </button>
      </div>
      <pre
        {...rest}
        className="overflow-x-auto p-4 text-sm leading-relaxed"
        tabIndex={0}
        aria-label={language ? `${language} code` : 'code'}
      >
        {children}
      </pre>
    </div>
  );
}
