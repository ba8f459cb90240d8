'use client';

import { useEffect, useId, useRef, useState } from 'react';

import { AccountLink } from '@/components/account/account-link';
import type { NavItem } from '@/lib/config';

import { NavLinks } from './nav-links';

/** The main navigation on narrow screens: a disclosure button; Escape closes it and returns focus to the button. */
export function MobileMenu({ items }: { items: readonly NavItem[] }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
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
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
          {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
        Menu
      </button>
      <nav
        id={panelId}
        aria-label="Main"
        hidden={!open}
        className="absolute inset-x-0 top-full z-40 border-b border-stone-200 bg-white px-4 pb-4 shadow-md dark:border-stone-800 dark:bg-stone-950"
      >
        <NavLinks items={items} className="flex flex-col text-base font-medium" linkClassName="block py-3 hover:underline">
          <li>
            <AccountLink className="block py-3 hover:underline" />
          </li>
        </NavLinks>
      </nav>
    </div>
  );
}
