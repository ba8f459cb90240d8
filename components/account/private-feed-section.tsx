import 'server-only';

import { resetPrivateFeedUrl } from '@/lib/auth/tokens/actions';
import { type MemberKeys, privateFeedUrl } from '@/lib/auth/tokens/member-keys';

import { PrivateFeedForm } from './private-feed-form';
import { TitledCard } from '@/components/layout/card';

/**
 * "Your private feed": a URL any feed reader can subscribe to, carrying a key that opens this
 * member's feed and nothing else, with a way to replace it if it was shared by mistake.
 */
export async function PrivateFeedSection({ keys }: { keys: MemberKeys }) {
  const current =
    keys.kind === 'listed' && keys.feedKeyId ? await privateFeedUrl(keys.feedKeyId) : null;
  return (
    <TitledCard id="private-feed" title="Your private feed">
      <p className="mt-2">
        The full text of every post you may read, in any feed reader: premium posts while your plan
        includes them. Keep the URL to yourself; anyone who has it can read your feed. Feed URLs
        changed in December 2026: if your feed reader stopped updating, give it the URL below.
      </p>
      {keys.kind === 'unavailable' ? (
        <p role="status" className="mt-3 text-sm">
          Your feed URL cannot be shown right now (Clerk did not answer): reload in a minute.
        </p>
      ) : (
        <PrivateFeedForm action={resetPrivateFeedUrl} current={current} />
      )}
    </TitledCard>
  );
}
