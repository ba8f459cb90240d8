import type { SignedInViewer } from '@/lib/auth/policy';
import { demoIdentityOf } from '@/lib/demo/identities';
import { Card } from '@/components/layout/card';

/** What `/settings` shows in a demo build, where Clerk's account page cannot load. */
export function DemoSettings({ viewer }: { viewer: SignedInViewer }) {
  const identity = demoIdentityOf(viewer.userId);
  return (
    <>
      <p className="text-stone-700 dark:text-stone-300">
        On a site connected to Clerk, this page is Clerk’s account page: profile and photo, email
        addresses and phone numbers, connected accounts, password and two-step verification, active
        devices, and billing (plan, payment methods, invoices). Clerk stores and changes all of it;
        this site keeps no account data of its own.
      </p>
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        A demo build has no Clerk instance to load it from. This is what the current session
        carries, as the site reads it:
      </p>
      <Card as="dl" className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">Name</dt>
        <dd>{identity?.name ?? 'Unknown'}</dd>
        <dt className="font-semibold">User id</dt>
        <dd>
          <code>{viewer.userId}</code>
        </dd>
        <dt className="font-semibold">Identity</dt>
        <dd>{identity?.role ?? 'Not a demo identity'}</dd>
        <dt className="font-semibold">Premium posts</dt>
        <dd>{viewer.premium ? 'Open (the premium_content feature)' : 'Preview only'}</dd>
        <dt className="font-semibold">Editors’ area</dt>
        <dd>{viewer.editor ? 'Open (org:posts:preview)' : 'Closed'}</dd>
      </Card>
    </>
  );
}
