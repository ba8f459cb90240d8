import type { ReactNode } from 'react';

import { IdentityPicker } from '@/components/demo/identity-picker';
import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { safeReturnPath } from '@/lib/auth/guards/return-to';
import { siteUrl } from '@/lib/site-url';

export type AuthPageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The way in: Clerk's form under a heading for screen readers. A demo build has no Clerk to sign
 * in or sign up with, and nobody to create: both show its identities instead.
 */
export async function AuthPage({
  searchParams,
  heading,
  form,
}: AuthPageProps & { heading: string; form: ReactNode }) {
  if (isDemoIdentities())
    return (
      <IdentityPicker
        returnTo={safeReturnPath((await searchParams).redirect_url, siteUrl().origin)}
      />
    );
  return (
    <>
      <h1 className="sr-only">{heading}</h1>
      {form}
    </>
  );
}
