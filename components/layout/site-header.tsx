import Link from 'next/link';

import { site } from '@/lib/config';

export function SiteHeader({ account }: { account?: React.ReactNode }) {
  return (
    <header className="border-b border-stone-200 dark:border-stone-800">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="font-serif text-2xl font-bold tracking-tight">
          {site.name}
        </Link>
        <nav aria-label="Main" className="flex items-center gap-5 text-sm font-medium">
          {site.nav.map((item) => (
            <Link key={item.href} href={item.href} className="hover:underline">
              {item.label}
            </Link>
          ))}
          {account ?? (
            <Link href="/dashboard" className="rounded-md bg-stone-900 px-3 py-1.5 text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900">
              Account
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
