import 'server-only';

import { clerkClient } from '@clerk/nextjs/server';

import { privateFeedUrlPath } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site-url';

import { FEED_SCOPE } from './credentials';
import { LATE, within } from './deadline';
import { taggedFeedKey } from './feed-path';
import { PREMIUM_LOOKUP_LIMITS } from './premium-lookup';
import { machineAuth } from './per-process';

/** An API key as the dashboard lists it: never its secret. */
export interface MemberKey {
  id: string;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
  expiration: number | null;
}

export type MemberKeys =
  { kind: 'listed'; feedKeyId: string | null; keys: MemberKey[] } | { kind: 'unavailable' };

/** The dashboard asks Clerk with the same bound as a request does: it never waits longer than 2 s. */
async function withinTimeout<T>(work: Promise<T>): Promise<T> {
  const result = await within(work, PREMIUM_LOOKUP_LIMITS.timeoutMs);
  if (result === LATE) throw new Error('Clerk did not answer in time');
  return result;
}

/** A member's valid API keys, the one behind their private feed apart. */
export async function memberKeys(userId: string): Promise<MemberKeys> {
  try {
    const client = await clerkClient();
    const { data } = await withinTimeout(client.apiKeys.list({ subject: userId }));
    const feedKey = data.find((key) => key.scopes.includes(FEED_SCOPE));
    return {
      kind: 'listed',
      feedKeyId: feedKey?.id ?? null,
      keys: data
        .filter((key) => key !== feedKey)
        .map((key) => ({
          id: key.id,
          name: key.name,
          createdAt: key.createdAt,
          lastUsedAt: key.lastUsedAt,
          expiration: key.expiration,
        })),
    };
  } catch {
    return { kind: 'unavailable' };
  }
}

/** The private feed URL of a member's feed key, or null when Clerk cannot say. */
export async function privateFeedUrl(feedKeyId: string): Promise<string | null> {
  try {
    const client = await clerkClient();
    const { secret } = await withinTimeout(client.apiKeys.getSecret(feedKeyId));
    return absoluteUrl(privateFeedUrlPath(taggedFeedKey(secret)));
  } catch {
    return null;
  }
}

type Client = Awaited<ReturnType<typeof clerkClient>>;

/** Revokes a key at Clerk and makes this server forget it, so that it stops working here at once. */
async function revokeKey(client: Client, keyId: string, reason: string): Promise<void> {
  const { secret } = await withinTimeout(client.apiKeys.getSecret(keyId));
  await withinTimeout(client.apiKeys.revoke({ apiKeyId: keyId, revocationReason: reason }));
  machineAuth().verifier.forget(secret);
}

/**
 * Makes the member a new private feed URL: revokes every feed key they have (the old URL stops at
 * once on this server, and within the minute a verified key is trusted on any other copy) and
 * makes one scoped to the feed alone; `replaced` says whether there was an old URL.
 */
export async function makePrivateFeedUrl(
  userId: string,
): Promise<{ url: string; replaced: boolean } | null> {
  try {
    const client = await clerkClient();
    const { data } = await withinTimeout(client.apiKeys.list({ subject: userId }));
    const previous = data.filter((key) => key.scopes.includes(FEED_SCOPE));
    await Promise.all(previous.map((key) => revokeKey(client, key.id, 'feed URL reset')));
    const made = await withinTimeout(
      client.apiKeys.create({
        name: 'Private feed',
        subject: userId,
        scopes: [FEED_SCOPE],
        createdBy: userId,
        description: 'The key in your private feed URL',
      }),
    );
    return made.secret
      ? {
          url: absoluteUrl(privateFeedUrlPath(taggedFeedKey(made.secret))),
          replaced: previous.length > 0,
        }
      : null;
  } catch {
    return null;
  }
}

/** Revokes one of the member's own API keys; a key of anyone else is "not found". */
export async function revokeMemberKey(
  userId: string,
  keyId: string,
): Promise<'revoked' | 'not-found' | 'unavailable'> {
  try {
    const client = await clerkClient();
    const { data } = await withinTimeout(client.apiKeys.list({ subject: userId }));
    if (!data.some((key) => key.id === keyId)) return 'not-found';
    await revokeKey(client, keyId, 'revoked by its owner in the dashboard');
    return 'revoked';
  } catch {
    return 'unavailable';
  }
}

/** A new general API key for the member (the demo's stand-in for Clerk's `<APIKeys />`): its secret, shown once. */
export async function makeMemberKey(userId: string, name: string): Promise<string | null> {
  try {
    const client = await clerkClient();
    const made = await withinTimeout(
      client.apiKeys.create({ name, subject: userId, createdBy: userId }),
    );
    return made.secret ?? null;
  } catch {
    return null;
  }
}
