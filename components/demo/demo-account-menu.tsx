import { getViewer } from '@/lib/auth/session/viewer';
import { demoIdentityOf, SIGNED_OUT } from '@/lib/demo/identities';
import { DASHBOARD_PATH, SETTINGS_PATH, SIGN_IN_PATH, SIGNED_OUT_PATH } from '@/lib/paths';

import { IdentityButton } from './identity-button';

/**
 * Where Clerk's account button stands in the member area, for a demo build: who you are, a way
 * to become someone else, and a way out. A native disclosure, so it works with a keyboard and
 * without JavaScript.
 */
export async function DemoAccountMenu() {
  const viewer = await getViewer();
  if (viewer.kind !== 'signed-in') return null;
  const identity = demoIdentityOf(viewer.userId);
  const name = identity?.name ?? viewer.userId;
  return (
    <details className="relative">
      {/* On a phone the initial stands for the name, which would push the menu button off screen. */}
      <summary className="flex h-9 cursor-pointer list-none items-center gap-2 rounded-md border border-stone-300 px-1.5 whitespace-nowrap md:px-3 dark:border-stone-700">
        <span
          aria-hidden="true"
          className="flex h-6 w-6 items-center justify-center rounded-full bg-stone-900 text-xs text-white dark:bg-stone-100 dark:text-stone-900"
        >
          {name.charAt(0)}
        </span>
        <span>
          <span className="max-md:sr-only">{name}</span>
          <span className="sr-only">: account menu</span>
        </span>
      </summary>
      <div className="absolute right-0 z-40 mt-2 w-64 rounded-md border border-stone-300 bg-white p-4 shadow-md dark:border-stone-700 dark:bg-stone-900">
        <p className="font-semibold">{name}</p>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {identity ? `${identity.role} (demo identity)` : 'Demo session'}
        </p>
        <ul className="mt-3 space-y-2">
          <li>
            <a href={DASHBOARD_PATH} className="underline">
              Your account
            </a>
          </li>
          <li>
            <a href={SETTINGS_PATH} className="underline">
              Settings
            </a>
          </li>
          <li>
            <a href={SIGN_IN_PATH} className="underline">
              Switch identity
            </a>
          </li>
          <li>
            <IdentityButton as={SIGNED_OUT} returnTo={SIGNED_OUT_PATH} className="underline">
              Sign out
            </IdentityButton>
          </li>
        </ul>
      </div>
    </details>
  );
}
