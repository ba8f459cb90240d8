import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';

import { ApiKeysSection } from '@/components/account/api-keys-section';
import { ConnectedAppsSection } from '@/components/account/connected-apps-section';
import { PrivateFeedSection } from '@/components/account/private-feed-section';
import { AccessBadge } from '@/components/post/access-badge';
import { requireSignedIn } from '@/lib/auth/guards/pages';
import { memberName } from '@/lib/auth/session/member-name';
import { planStanding } from '@/lib/auth/plan-standing';
import { listGatedPosts } from '@/lib/auth/readable-posts';
import { memberKeys } from '@/lib/auth/tokens/member-keys';
import { isDemoIdentities } from '@/lib/demo/demo-mode';
import { DASHBOARD_PATH, EDITOR_PATH, postHref, PRICING_PATH, SETTINGS_PATH } from '@/lib/paths';
import { Card } from '@/components/layout/card';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

/** The sections that ask Clerk about the member's keys: streamed after the rest, so a slow Clerk delays only them. */
async function MemberKeysSections({
  userId,
  notice,
}: {
  userId: string;
  notice: string | undefined;
}) {
  const keys = await memberKeys(userId);
  return (
    <>
      <PrivateFeedSection keys={keys} />
      <ApiKeysSection keys={keys} notice={notice} />
    </>
  );
}

/** Who is signed in, by name: asked of Clerk, so streamed, and left out if Clerk does not answer. */
async function SignedInAs({ userId }: { userId: string }) {
  const name = await memberName(userId);
  return name ? (
    <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">Signed in as {name}.</p>
  ) : null;
}

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<{ revoked?: string | string[]; app?: string | string[] }>;
}) {
  const viewer = await requireSignedIn(DASHBOARD_PATH);
  const { revoked, app } = await searchParams;
  const posts = listGatedPosts(viewer);
  const standing = planStanding(viewer);
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Your account</h1>
      <Card aria-labelledby="plan" className="mt-6">
        <h2 id="plan" className="font-semibold">
          {standing.heading}
        </h2>
        <Suspense fallback={null}>
          <SignedInAs userId={viewer.userId} />
        </Suspense>
        <p className="mt-2">{standing.opens}</p>
        <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          {standing.offersUpgrade ? (
            <Link href={PRICING_PATH} className="font-semibold underline">
              Upgrade to premium
            </Link>
          ) : null}
          <Link href={SETTINGS_PATH} className="underline">
            Settings
          </Link>
        </p>
      </Card>
      {viewer.editor ? (
        <p className="mt-6">
          <Link href={EDITOR_PATH} className="font-semibold underline">
            Drafts and scheduled posts
          </Link>
          : the editors&apos; area.
        </p>
      ) : null}
      <section aria-labelledby="gated" className="mt-10">
        <h2 id="gated" className="font-serif text-2xl font-semibold">
          Members&apos; posts
        </h2>
        <ul className="mt-4 divide-y divide-stone-200 dark:divide-stone-800">
          {posts.map(({ post, canRead }) => (
            <li key={post.slug} className="flex flex-wrap items-center justify-between gap-3 py-4">
              <span className="flex items-center gap-2">
                {/* A document load, like every link to a post: the proxy serves a gated one's reading. */}
                <a href={postHref(post.slug)} className="font-medium hover:underline">
                  {post.title}
                </a>
                <AccessBadge access={post.access} />
              </span>
              <span className="text-sm text-stone-600 dark:text-stone-400">
                {canRead ? 'Open to you' : 'Premium plan'}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <Suspense fallback={<p className="mt-10">Loading your private feed and API keys…</p>}>
        <MemberKeysSections
          userId={viewer.userId}
          notice={typeof revoked === 'string' ? revoked : undefined}
        />
      </Suspense>
      {isDemoIdentities() ? (
        <ConnectedAppsSection
          userId={viewer.userId}
          notice={typeof app === 'string' ? app : undefined}
        />
      ) : null}
    </>
  );
}
