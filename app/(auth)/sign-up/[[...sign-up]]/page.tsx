import { SignUp } from '@clerk/nextjs';
import type { Metadata } from 'next';

import { IdentityPicker } from '@/components/demo/identity-picker';
import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { safeReturnPath } from '@/lib/gate/return-to';
import { siteUrl } from '@/lib/site-url';

export const metadata: Metadata = { title: 'Create an account', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** In a demo build there is nobody to create: the same identities as sign-in. */
export default async function SignUpPage({ searchParams }: Props) {
  if (isDemoIdentities()) return <IdentityPicker returnTo={safeReturnPath((await searchParams).redirect_url, siteUrl().origin)} />;
  return (
    <>
      <h1 className="sr-only">Create a Masthead account</h1>
      <SignUp />
    </>
  );
}
