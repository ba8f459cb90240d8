import 'server-only';

import { TitledCard } from '@/components/layout/card';
import { formatDate } from '@/lib/format';
import { DASHBOARD_PATH } from '@/lib/paths';
import { DEMO_READING_APP, memberGrants } from '@/lib/demo/oauth-provider';

const NOTICES: Record<string, string> = {
  revoked: 'Access revoked: the app can no longer read anything.',
  'not-found': 'That app was not found among yours.',
};

/**
 * "Apps you allowed": the demo's OAuth grants, each with Revoke. Demo builds only: Clerk's
 * Backend SDK has no call that lists a member's grants, so a real instance shows no such list.
 */
export function ConnectedAppsSection({
  userId,
  notice,
}: {
  userId: string;
  notice: string | undefined;
}) {
  const grants = memberGrants(userId);
  return (
    <TitledCard id="apps" title="Apps you allowed">
      {notice && NOTICES[notice] ? (
        <p role="status" className="mt-3 text-sm">
          {NOTICES[notice]}
        </p>
      ) : null}
      {grants.length === 0 ? (
        <p className="mt-3 text-sm">No app may read your posts.</p>
      ) : (
        <ul className="mt-3 divide-y divide-stone-200 dark:divide-stone-800">
          {grants.map((grant) => (
            <li key={grant.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <span>
                <span className="font-medium">
                  {grant.clientId === DEMO_READING_APP.clientId
                    ? DEMO_READING_APP.name
                    : grant.clientId}
                </span>
                <span className="block text-sm text-stone-600 dark:text-stone-400">
                  {grant.scopes.join(', ')} · allowed{' '}
                  {formatDate(new Date(grant.createdAt).toISOString())}
                </span>
              </span>
              <form method="post" action={`${DASHBOARD_PATH}/apps/revoke`}>
                <input type="hidden" name="grantId" value={grant.id} />
                <button className="rounded-md border border-stone-400 px-3 py-1 text-sm font-semibold dark:border-stone-600">
                  Revoke
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </TitledCard>
  );
}
