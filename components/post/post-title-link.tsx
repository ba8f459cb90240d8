import type { ComponentType, ReactNode } from 'react';

type LinkComponent = ComponentType<{ href: string; className?: string; children: ReactNode }>;

/**
 * A post's title as the heading of an entry in a list, linked to where the list opens it. Readers'
 * pages link with a plain `<a>`; the member area may pass next/link.
 */
export function PostTitleLink({
  href,
  title,
  as: Heading = 'h2',
  className = 'font-serif text-xl font-semibold',
  link: Link = 'a',
}: {
  href: string;
  title: string;
  as?: 'h2' | 'h3';
  className?: string;
  link?: LinkComponent | 'a';
}) {
  return (
    <Heading className={`text-balance ${className}`}>
      <Link href={href} className="hover:underline">
        {title}
      </Link>
    </Heading>
  );
}
