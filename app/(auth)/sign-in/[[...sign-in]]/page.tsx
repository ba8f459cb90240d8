import { SignIn } from '@clerk/nextjs';
import type { Metadata } from 'next';

import { AuthPage, type AuthPageProps } from '@/components/account/auth-page';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

export default function SignInPage({ searchParams }: AuthPageProps) {
  return <AuthPage searchParams={searchParams} heading="Sign in to Masthead" form={<SignIn />} />;
}
