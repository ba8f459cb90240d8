import { UserProfile } from '@clerk/nextjs';
import type { Metadata } from 'next';

import { DemoSettings } from '@/components/demo/demo-settings';
import { requireSignedIn } from '@/lib/auth/guards/pages';
import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { SETTINGS_PATH } from '@/lib/paths';

export const metadata: Metadata = { title: 'Settings', robots: { index: false } };

export default async function SettingsPage() {
  const viewer = await requireSignedIn(SETTINGS_PATH);
  return (
    <>
      <h1 className="mb-6 font-serif text-4xl font-bold">Settings</h1>
      {isDemoIdentities() ? <DemoSettings viewer={viewer} /> : <UserProfile path={SETTINGS_PATH} />}
    </>
  );
}
