import Link from 'next/link';

import { notConfiguredMessage } from '@/lib/gate/responses';

export function AuthNotConfigured() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">Sign-in is not configured</h1>
      <p className="mt-4">{notConfiguredMessage()}</p>
      <p className="mt-6">
        <Link href="/" className="underline">Back to the publication</Link>
      </p>
    </main>
  );
}
