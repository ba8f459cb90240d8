import { describe, expect, it } from 'vitest';

import type { SignedInViewer } from '@/lib/auth/policy';
import { clerkInputsOf, rememberedReaders } from '@/lib/auth/session/remembered-readers';

const member: SignedInViewer = {
  kind: 'signed-in',
  userId: 'user_a',
  premium: false,
  editor: false,
};
const subscriber: SignedInViewer = { ...member, userId: 'user_b', premium: true };

const inputs = (headers: Record<string, string>, search = '') =>
  clerkInputsOf({ headers: new Headers(headers), search });

describe("the open page's remembered readers", () => {
  it('remember a verified reader until the token expires, not a millisecond longer', () => {
    const readers = rememberedReaders(10);
    readers.set('k', member, 60_000, 0);
    expect(readers.get('k', 59_999)).toEqual(member);
    expect(readers.get('k', 60_000)).toBeUndefined();
    expect(readers.size).toBe(0);
  });

  it('keep nothing for a token already expired', () => {
    const readers = rememberedReaders(10);
    readers.set('k', member, 1_000, 1_000);
    expect(readers.get('k', 1_000)).toBeUndefined();
  });

  it('hold at most their limit, dropping the least recently used', () => {
    const readers = rememberedReaders(2);
    readers.set('a', member, 60_000, 0);
    readers.set('b', subscriber, 60_000, 0);
    expect(readers.get('a', 1)).toEqual(member);
    readers.set('c', member, 60_000, 0);
    expect(readers.size).toBe(2);
    expect(readers.get('b', 1)).toBeUndefined();
    expect(readers.get('a', 1)).toEqual(member);
  });

  it('are keyed by everything Clerk reads: a newer client cookie, another referrer or a handshake in the query is another request', () => {
    const session = { cookie: '__session=t; __client_uat=100', host: 'example.com' };
    const same = inputs(session);
    expect(inputs({ ...session, 'x-other': 'ignored' })).toBe(same);
    for (const changed of [
      inputs({ ...session, cookie: '__session=t; __client_uat=200' }),
      inputs({ ...session, authorization: 'Bearer t' }),
      inputs({ ...session, referer: 'https://elsewhere.example/' }),
      inputs({ ...session, 'sec-fetch-dest': 'document' }),
      inputs({ ...session, 'x-forwarded-host': 'other.example' }),
      inputs(session, '?__clerk_handshake=x'),
    ])
      expect(changed).not.toBe(same);
  });
});
