import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import devProblems from '@/.content/dev-problems.json';
import { ContentProblems } from '@/components/dev/content-problems';
import { DemoBanner } from '@/components/demo/demo-banner';
import { HtmlDocument } from './html-document';
import { site } from '@/lib/config';
import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { siteUrl } from '@/lib/site-url';

import './globals.css';

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: `${site.name}: ${site.tagline}`, template: `%s · ${site.name}` },
  description: site.description,
  openGraph: { siteName: site.name, locale: 'en_GB', type: 'website' },
  twitter: { card: 'summary_large_image' },
  alternates: {
    types: {
      'application/rss+xml': [{ url: '/feed.xml', title: `${site.name} (RSS)` }],
      'application/feed+json': [{ url: '/feed.json', title: `${site.name} (JSON Feed)` }],
    },
  },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0c0a09' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <HtmlDocument>
      {/* Next.js sets NODE_ENV at build time: a production build drops this branch, and its file is empty anyway. */}
      {process.env.NODE_ENV === 'development' ? <ContentProblems problems={devProblems} /> : null}
      {isDemoIdentities() ? <DemoBanner /> : null}
      {children}
    </HtmlDocument>
  );
}
