import { request as httpRequest } from 'node:http';

import { inject } from 'vitest';

import {
  generateTestKeys,
  mintMachineToken,
  mintSessionToken,
  sessionCookies,
  type TokenOptions,
} from '../../scripts/lib/clerk-tokens';

export interface Reply {
  status: number;
  headers: Headers;
  body: string;
}

/** One request to the site under test; redirects are returned, never followed (Clerk's handshake is not reachable). */
export async function request(
  path: string,
  init: RequestInit & { base?: string } = {},
): Promise<Reply> {
  const { base = inject('siteUrl'), ...rest } = init;
  const response = await fetch(`${base}${path}`, { redirect: 'manual', ...rest });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/**
 * One request whose path goes on the wire exactly as written: `fetch` would resolve `/./x`,
 * `/a/../x` and some encodings before sending, which is what a path trick must not rely on.
 */
export function rawRequest(
  path: string,
  init: { method?: string; headers?: Record<string, string>; base?: string } = {},
): Promise<Reply> {
  const base = new URL(init.base ?? inject('siteUrl'));
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: base.hostname,
        port: base.port,
        path,
        method: init.method ?? 'GET',
        headers: init.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
              headers.append(name, one);
          }
          resolve({ status: res.statusCode ?? 0, headers, body });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

export type Identity =
  | 'anonymous'
  | 'member'
  | 'subscriber'
  | 'editor'
  | 'pending'
  | 'expired'
  | 'forged'
  | 'otherParty';

const org = {
  id: 'org_masthead',
  role: 'editor',
  slug: 'masthead',
  permissions: ['preview'],
  feature: 'posts',
};

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
      return {
        userId: 'user_member',
        azp,
        issuedAt: Math.floor(Date.now() / 1000) - 3600,
        expiresIn: 60,
      };
    case 'forged':
      return { userId: 'user_subscriber', azp, features: ['u:premium_content'] };
    case 'otherParty':
      return {
        userId: 'user_subscriber',
        azp: 'https://evil.example',
        features: ['u:premium_content'],
      };
  }
}

let forgedKey: Awaited<ReturnType<typeof generateTestKeys>> | undefined;

/** A session token for an identity, signed with the test instance's key (or another, when forged). */
export async function tokenFor(
  identity: Exclude<Identity, 'anonymous'>,
  base = inject('siteUrl'),
): Promise<string> {
  let key = inject('privateJwk');
  if (identity === 'forged') {
    forgedKey ??= await generateTestKeys();
    key = forgedKey.privateJwk;
  }
  return mintSessionToken(key, tokenOptions(identity, base));
}

/** Request headers of a browser with this identity's session cookies. */
export async function as(
  identity: Identity,
  extra: Record<string, string> = {},
): Promise<Record<string, string>> {
  if (identity === 'anonymous') return extra;
  return { cookie: sessionCookies(await tokenFor(identity)), ...extra };
}

export async function bearer(
  identity: Exclude<Identity, 'anonymous'>,
): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(identity)}` };
}

/** Request headers of a service holding a Clerk M2M token (signed by another key when forged). */
export async function machine(forged = false): Promise<Record<string, string>> {
  let key = inject('privateJwk');
  if (forged) {
    forgedKey ??= await generateTestKeys();
    key = forgedKey.privateJwk;
  }
  return { authorization: `Bearer ${await mintMachineToken(key)}` };
}
