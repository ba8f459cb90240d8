import { inject } from 'vitest';

import { generateTestKeys, mintSessionToken, sessionCookies, type TokenOptions } from './clerk-tokens';

export interface Reply {
  status: number;
  headers: Headers;
  body: string;
}

/** One request to the site under test; redirects are returned, never followed (Clerk's handshake is not reachable). */
export async function request(path: string, init: RequestInit & { base?: string } = {}): Promise<Reply> {
  const { base = inject('siteUrl'), ...rest } = init;
  const response = await fetch(`${base}${path}`, { redirect: 'manual', ...rest });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

export type Identity = 'anonymous' | 'member' | 'subscriber' | 'editor' | 'pending' | 'expired' | 'forged' | 'otherParty';

const org = { id: 'org_masthead', role: 'editor', slug: 'masthead', permissions: ['preview'], feature: 'posts' };

function tokenOptions(identity: Exclude<Identity, 'anonymous'>, azp: string): TokenOptions {
  switch (identity) {
    case 'member':
      return { userId: 'user_member', azp };
    case 'subscriber':
      return { userId: 'user_subscriber', azp, features: ['u:premium_content'] };
    case 'editor':
      return { userId: 'user_editor', azp, org };
    case 'pending':
      return { userId: 'user_pending', azp, status: 'pending' };
    case 'expired':
      return { userId: 'user_member', azp, issuedAt: Math.floor(Date.now() / 1000) - 3600, expiresIn: 60 };
    case 'forged':
      return { userId: 'user_subscriber', azp, features: ['u:premium_content'] };
    case 'otherParty':
      return { userId: 'user_subscriber', azp: 'https://evil.example', features: ['u:premium_content'] };
  }
}

let forgedKey: Awaited<ReturnType<typeof generateTestKeys>> | undefined;

/** A session token for an identity, signed with the test instance's key (or another, when forged). */
export async function tokenFor(identity: Exclude<Identity, 'anonymous'>, base = inject('siteUrl')): Promise<string> {
  let key = inject('privateJwk');
  if (identity === 'forged') {
    forgedKey ??= await generateTestKeys();
    key = forgedKey.privateJwk;
  }
  return mintSessionToken(key, tokenOptions(identity, base));
}

/** Request headers of a browser with this identity's session cookies. */
export async function as(identity: Identity, extra: Record<string, string> = {}): Promise<Record<string, string>> {
  if (identity === 'anonymous') return extra;
  return { cookie: sessionCookies(await tokenFor(identity)), ...extra };
}

export async function bearer(identity: Exclude<Identity, 'anonymous'>): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(identity)}` };
}
