import { taggedFeedKey } from '@/lib/auth/tokens/feed-path';
import { privateFeedUrlPath } from '@/lib/paths';

import { testClerkEnv } from '../../scripts/lib/clerk-tokens';

/** The private feed URL the test sites make for a feed key: tagged under the test instance's secret key. */
export function feedUrlPath(key: string): string {
  return privateFeedUrlPath(taggedFeedKey(key, testClerkEnv().CLERK_SECRET_KEY));
}
