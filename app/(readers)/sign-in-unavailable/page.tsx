import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { AuthNotConfigured } from '@/components/account/not-configured';
import { isClerkConfigured } from '@/lib/auth/config/clerk';

export const metadata: Metadata = { title: 'Sign-in is not configured', robots: { index: false } };

// What is missing is read from the server's environment, not the build's.
export const dynamic = 'force-dynamic';

/** Where the proxy rewrites member and sign-in pages, with a 503, on a site without Clerk keys. */
export default function SignInUnavailablePage() {
  if (isClerkConfigured()) notFound();
  return <AuthNotConfigured />;
}
