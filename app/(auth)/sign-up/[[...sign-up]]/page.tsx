import { SignUp } from '@clerk/nextjs';
import type { Metadata } from 'next';

import { AuthPage, type AuthPageProps } from '@/components/account/auth-page';

export const metadata: Metadata = { title: 'Create an account', robots: { index: false } };

export default function SignUpPage({ searchParams }: AuthPageProps) {
  return (
    <AuthPage searchParams={searchParams} heading="Create a Masthead account" form={<SignUp />} />
  );
}
