'use client';

import { useState } from 'react';

/** A secret or link shown read-only with a button that copies it; the label says what it is. */
export function CopyText({
  id,
  label,
  value,
  copyLabel = 'Copy',
}: {
  id: string;
  label: string;
  value: string;
  copyLabel?: string;
}) {
  const [status, setStatus] = useState(copyLabel);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied');
    } catch {
      setStatus('Copy failed: select the text and copy it');
    }
  }
  return (
    <div className="mt-3">
      <label className="block text-sm font-semibold" htmlFor={id}>
        {label}
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <input
          id={id}
          readOnly
          value={value}
          className="min-w-0 flex-1 rounded border border-stone-400 bg-transparent px-2 py-1 font-mono text-sm dark:border-stone-600"
        />
        <button
          type="button"
          onClick={copy}
          className="rounded-md border border-stone-400 px-3 py-1 text-sm font-semibold dark:border-stone-600"
        >
          <span aria-live="polite">{status}</span>
        </button>
      </div>
    </div>
  );
}
