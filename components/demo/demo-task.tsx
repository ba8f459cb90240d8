import { DEMO_IDENTITIES, SIGNED_OUT } from '@/lib/demo/identities';

import { SIGNED_OUT_PATH } from '@/lib/paths';

import { IdentityButton } from './identity-button';
import { Card } from '@/components/layout/card';

/** What `/sign-in/tasks` shows in a demo build, where Clerk's task components cannot load. */
export function DemoTask({ returnTo }: { returnTo: string }) {
  return (
    <>
      <Card as="p" className="mt-4 text-left">
        With Clerk, Clerk’s own component for the task appears here: choosing an organization,
        setting a new password or setting up two-step verification. In this demo, finishing the task
        turns the session into an active one, as {DEMO_IDENTITIES.member.name}, a member.
      </Card>
      <div className="mt-6 flex flex-wrap items-center justify-center gap-4">
        <IdentityButton
          as="member"
          returnTo={returnTo}
          className="rounded-md bg-[var(--color-accent)] px-4 py-2 font-semibold text-white hover:opacity-90"
        >
          Finish the task
        </IdentityButton>
        <IdentityButton as={SIGNED_OUT} returnTo={SIGNED_OUT_PATH} className="underline">
          Sign out
        </IdentityButton>
      </div>
    </>
  );
}
