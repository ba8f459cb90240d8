import { SignIn, TaskChooseOrganization, TaskResetPassword, TaskSetupMFA } from '@clerk/nextjs';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { DemoTask } from '@/components/demo/demo-task';
import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { safeReturnPath } from '@/lib/auth/guards/return-to';
import { siteUrl } from '@/lib/site-url';

export const metadata: Metadata = { title: 'Finish signing in', robots: { index: false } };

/** Clerk's session tasks, by the key Clerk routes them under (`/sign-in/tasks/<key>`). */
const tasks = {
  'choose-organization': TaskChooseOrganization,
  'reset-password': TaskResetPassword,
  'setup-mfa': TaskSetupMFA,
} as const;

type Props = {
  params: Promise<{ task?: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function isTaskKey(key: string): key is keyof typeof tasks {
  return Object.hasOwn(tasks, key);
}

/**
 * Where the proxy sends a session with a pending task (`sts: pending`). Without a task key,
 * Clerk's `<SignIn />` finds the session's current task and routes to it.
 */
export default async function SessionTaskPage({ params, searchParams }: Props) {
  const [key, ...rest] = (await params).task ?? [];
  const returnTo = safeReturnPath((await searchParams).redirect_url, siteUrl().origin);
  if (key !== undefined && (!isTaskKey(key) || rest.length > 0)) notFound();
  const Task = key === undefined ? undefined : tasks[key];
  return (
    <div className="flex flex-col items-center gap-6">
      <div className="max-w-md text-center">
        <h1 className="font-serif text-3xl font-bold">One more step</h1>
        <p className="mt-2 text-stone-700 dark:text-stone-300">
          You are signed in, but your account needs one more step before you can continue (for
          example choosing an organization or setting a new password). Finish it below and you will
          be taken back to where you were going.
        </p>
      </div>
      {isDemoIdentities() ? (
        <DemoTask returnTo={returnTo} />
      ) : Task ? (
        <Task redirectUrlComplete={returnTo} />
      ) : (
        <SignIn forceRedirectUrl={returnTo} />
      )}
    </div>
  );
}
