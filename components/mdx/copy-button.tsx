'use client';

import { useRef, useState } from 'react';

type State = 'idle' | 'copied' | 'failed';

const labels: Record<State, string> = { idle: 'Copy', copied: 'Copied', failed: 'Copy failed' };

/**
 * Copies the code block it sits in. It takes no props: it reads the code from the page itself,
 * so no post text travels to the browser as client-component data.
 */
export function CopyButton() {
  const [state, setState] = useState<State>('idle');
  const button = useRef<HTMLButtonElement>(null);

  async function copy() {
    const code = button.current?.closest('[data-code-block]')?.querySelector('pre')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(code);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  }

  return (
    <button
      ref={button}
      type="button"
      onClick={copy}
      className="rounded px-2 py-0.5 text-xs font-semibold text-stone-200 hover:bg-stone-700 focus-visible:bg-stone-700"
    >
      <span aria-live="polite">{labels[state]}</span>
    </button>
  );
}
