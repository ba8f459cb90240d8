import type { ReactNode } from 'react';

import { AccountLink } from '@/components/account/account-link';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { site } from '@/lib/config';

import { MobileMenu } from './mobile-menu';

/**
 * The site's header. `account` replaces the reader's "Sign in" / "Dashboard" link, e.g. with
 * Clerk's user button in the member area; `null` shows no account control at all.
 */
export function SiteHeader({ account }: { account?: ReactNode }) {
  const accountControl =
    account === undefined ? (
      <AccountLink className="rounded-md bg-stone-900 px-3 py-1.5 text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300" />
    ) : (
      account
    );
  return (
    <header className="relative border-b border-stone-200 dark:border-stone-800">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-4">
        <a href="/" className="font-serif text-2xl font-bold tracking-tight">
          {site.name}
        </a>
        <div className="flex items-center gap-2 md:gap-3">
          <nav aria-label="Main" className="hidden items-center gap-5 text-sm font-medium md:flex">
            {site.nav.map((item) => (
              <a key={item.href} href={item.href} className="hover:underline">
                {item.label}
              </a>
            ))}
          </nav>
          <ThemeToggle />
          {/* In view at every width: on a phone the way in is not hidden behind the menu. */}
          {accountControl ? (
            <div className="text-sm font-medium whitespace-nowrap">{accountControl}</div>
          ) : null}
          <MobileMenu items={site.nav} />
        </div>
      </div>
    </header>
  );
}
