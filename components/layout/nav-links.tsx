import type { ReactNode } from 'react';

import type { NavItem } from '@/lib/config';

/** A list of site links, as the header's menu and the footer show them; `children` adds items after them. */
export function NavLinks({
  items,
  className,
  linkClassName,
  children,
}: {
  items: readonly NavItem[];
  className: string;
  linkClassName: string;
  children?: ReactNode;
}) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href}>
          <a href={item.href} className={linkClassName}>
            {item.label}
          </a>
        </li>
      ))}
      {children}
    </ul>
  );
}
