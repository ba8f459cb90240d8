'use client';

import { useEffect } from 'react';

import { COPY_BUTTON_ATTRIBUTE, COPY_LABELS, type CopyState } from './copy-labels';

const RESET_MS = 2000;

function show(button: Element, state: CopyState) {
  const label = button.querySelector('[aria-live]');
  if (label) label.textContent = COPY_LABELS[state];
}

async function copy(button: Element, resets: WeakMap<Element, number>) {
  const code = button.closest('[data-code-block]')?.querySelector('pre')?.textContent ?? '';
  try {
    await navigator.clipboard.writeText(code);
    show(button, 'copied');
  } catch {
    show(button, 'failed');
  }
  window.clearTimeout(resets.get(button));
  resets.set(
    button,
    window.setTimeout(() => show(button, 'idle'), RESET_MS),
  );
}

/**
 * Makes the copy buttons of the article's prebuilt HTML work. One listener on the document, so
 * that React never hydrates the article itself (and the CSP allows no inline handlers); a button
 * is clicked by mouse, Enter or Space alike.
 */
export function CodeCopier() {
  useEffect(() => {
    const resets = new WeakMap<Element, number>();
    const onClick = (event: MouseEvent) => {
      const button =
        event.target instanceof Element
          ? event.target.closest(`button[${COPY_BUTTON_ATTRIBUTE}]`)
          : null;
      if (button) void copy(button, resets);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return null;
}
