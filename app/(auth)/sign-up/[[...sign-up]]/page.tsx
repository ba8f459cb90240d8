import { SignUp } from '@clerk/nextjs';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Create an account', robots: { index: false } };

export default function SignUpPage() {
  return (
    <>
      <h1 className="sr-only">Create a Masthead account</h1>
      <SignUp />
    </>
  );
}
