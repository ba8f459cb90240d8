import { getViewer } from '@/lib/access/viewer';
import { demoIdentityOf, SIGNED_OUT } from '@/lib/demo/identities';
import { SIGN_IN_PATH } from '@/lib/paths';

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
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md border border-stone-300 px-3 py-1.5 dark:border-stone-700">
        <span
          aria-hidden="true"
          className="flex h-6 w-6 items-center justify-center rounded-full bg-stone-900 text-xs text-white dark:bg-stone-100 dark:text-stone-900"
        >
          {name.charAt(0)}
        </span>
        <span>
          {name}
          <span className="sr-only">: account menu</span>
        </span>
      </summary>
      <div className="absolute right-0 z-40 mt-2 w-64 rounded-md border border-stone-300 bg-white p-4 shadow-md dark:border-stone-700 dark:bg-stone-900">
        <p className="font-semibold">{name}</p>
        <p className="text-sm text-stone-600 dark:text-stone-400">{identity ? `${identity.role} (demo identity)` : 'Demo session'}</p>
        <ul className="mt-3 space-y-2">
          <li>
            <a href={SIGN_IN_PATH} className="underline">
              Switch identity
            </a>
          </li>
          <li>
            <IdentityButton as={SIGNED_OUT} className="underline">
              Sign out
            </IdentityButton>
          </li>
        </ul>
      </div>
    </details>
  );
}
