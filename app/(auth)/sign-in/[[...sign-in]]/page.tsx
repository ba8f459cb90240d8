import { SignIn } from '@clerk/nextjs';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

export default function SignInPage() {
  return (
    <>
      <h1 className="sr-only">Sign in to Masthead</h1>
      <SignIn />
    </>
  );
}
