'use client';

import { useEffect, useId, useRef, useState } from 'react';

import type { NavItem } from '@/lib/config';

import { NavLinks } from './nav-links';

/** The main navigation on narrow screens: a disclosure button; Escape closes it and returns focus to the button. */
export function MobileMenu({ items }: { items: readonly NavItem[] }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!open) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    }
    // A tap anywhere outside the menu (on the backdrop) closes it, as on any phone menu.
    function onClick(event: MouseEvent) {
      if (
        event.target instanceof Node &&
        !panel.current?.contains(event.target) &&
        !button.current?.contains(event.target)
      )
        setOpen(false);
    }
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, [open]);

  return (
    <div className="md:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className="inline-flex h-9 items-center gap-2 rounded-md border border-stone-300 px-3 text-sm font-medium dark:border-stone-700"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
        Menu
      </button>
      {/* Dims the page under the open menu, so the menu reads as above it in either theme. */}
      <div
        aria-hidden="true"
        hidden={!open}
        className="absolute inset-x-0 top-full z-30 h-dvh bg-stone-950/40 dark:bg-black/60"
      />
      <nav
        ref={panel}
        id={panelId}
        aria-label="Main"
        hidden={!open}
        className="absolute inset-x-0 top-full z-40 border-b border-stone-200 bg-white px-4 pb-4 shadow-lg shadow-stone-950/20 dark:border-stone-700 dark:bg-stone-900 dark:shadow-black/60"
      >
        <NavLinks
          items={items}
          className="flex flex-col text-base font-medium"
          linkClassName="block py-3 hover:underline"
        />
      </nav>
    </div>
  );
}
