import { UserProfile } from '@clerk/nextjs';
import type { Metadata } from 'next';

import { requireSignedIn } from '@/lib/access/guard';

export const metadata: Metadata = { title: 'Settings', robots: { index: false } };

export default async function SettingsPage() {
  await requireSignedIn('/settings');
  return (
    <>
      <h1 className="mb-6 font-serif text-4xl font-bold tracking-tight">Settings</h1>
      <UserProfile path="/settings" />
    </>
  );
}
