import { SignIn } from '@clerk/nextjs';
import type { Metadata } from 'next';

import { IdentityPicker } from '@/components/demo/identity-picker';
import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { safeReturnPath } from '@/lib/gate/return-to';
import { siteUrl } from '@/lib/site-url';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  if (isDemoIdentities()) return <IdentityPicker returnTo={safeReturnPath((await searchParams).redirect_url, siteUrl().origin)} />;
  return (
    <>
      <h1 className="sr-only">Sign in to Masthead</h1>
      <SignIn />
    </>
  );
}
