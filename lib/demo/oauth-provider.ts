import 'server-only';

import { createHash, randomBytes } from 'node:crypto';

import { OAUTH_SCOPES } from '@/lib/auth/tokens/credentials';
import type { OAuthGrant } from '@/lib/demo/fake-clerk/backend-api';

import { demoBackendApi } from './demo-backend-api';

/*
 * A demo build's stand-in for what a Clerk instance does as an OAuth provider: the consent step
 * and the authorization-code exchange (with PKCE). On a real instance Clerk's Frontend API holds
 * `/oauth/authorize` and `/oauth/token`, its own consent screen, and the OAuth applications made
 * in the Clerk Dashboard; none of this runs outside a demo build. The tokens it grants live in the
 * demo's Backend API stand-in, which verifies them as Clerk's does.
 */

/** The one OAuth application the demo knows: examples/reading-app.ts. */
export const DEMO_READING_APP = { clientId: 'demo-reading-app', name: 'Example reading app' };

const KNOWN_SCOPES: readonly string[] = Object.values(OAUTH_SCOPES);

export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string;
  codeChallenge: string;
}

/**
 * A loopback redirect only (RFC 8252 §7.3): the demo's app is a script on the member's machine,
 * and no other address may receive a code.
 */
function isLoopback(uri: string): boolean {
  try {
    const url = new URL(uri);
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

/** The authorize request in a query, or why it cannot be shown to the member. */
export function authorizeRequest(query: URLSearchParams): AuthorizeRequest | { problem: string } {
  const clientId = query.get('client_id') ?? '';
  const redirectUri = query.get('redirect_uri') ?? '';
  const scopes = (query.get('scope') ?? '').split(' ').filter(Boolean);
  const codeChallenge = query.get('code_challenge') ?? '';
  if (clientId !== DEMO_READING_APP.clientId) return { problem: 'Unknown application.' };
  if (!isLoopback(redirectUri)) return { problem: 'The redirect address is not allowed.' };
  if (query.get('response_type') !== 'code') return { problem: 'Only response_type=code.' };
  if (scopes.length === 0 || scopes.some((scope) => !KNOWN_SCOPES.includes(scope)))
    return { problem: `Scopes must be among ${KNOWN_SCOPES.join(', ')}.` };
  if (query.get('code_challenge_method') !== 'S256' || !/^[\w-]{43}$/.test(codeChallenge))
    return { problem: 'A PKCE code_challenge (S256) is required.' };
  return { clientId, redirectUri, scopes, state: query.get('state') ?? '', codeChallenge };
}

interface PendingCode extends AuthorizeRequest {
  userId: string;
  expiresAt: number;
}

const CODES = Symbol.for('masthead.demo-oauth-codes');
type WithCodes = typeof globalThis & { [CODES]?: Map<string, PendingCode> };

function codes(): Map<string, PendingCode> {
  const global = globalThis as WithCodes;
  global[CODES] ??= new Map();
  return global[CODES];
}

/** After the member allowed the app: a one-time code, good for 60 s, to send to its redirect. */
export function issueCode(userId: string, request: AuthorizeRequest): string {
  const code = randomBytes(24).toString('base64url');
  codes().set(code, { ...request, userId, expiresAt: Date.now() + 60_000 });
  return code;
}

export type Exchange =
  | { kind: 'granted'; grant: OAuthGrant }
  | { kind: 'refused'; error: 'invalid_grant' | 'invalid_request' | 'temporarily_unavailable' };

/** The token endpoint: a code, once, for the app and redirect it was issued to, with its PKCE verifier. */
export function exchangeCode(form: URLSearchParams): Exchange {
  if (form.get('grant_type') !== 'authorization_code')
    return { kind: 'refused', error: 'invalid_request' };
  const code = form.get('code') ?? '';
  const pending = codes().get(code);
  codes().delete(code);
  const verifier = form.get('code_verifier') ?? '';
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  if (
    !pending ||
    pending.expiresAt < Date.now() ||
    pending.clientId !== form.get('client_id') ||
    pending.redirectUri !== form.get('redirect_uri') ||
    pending.codeChallenge !== challenge
  )
    return { kind: 'refused', error: 'invalid_grant' };
  const backend = demoBackendApi();
  if (!backend) return { kind: 'refused', error: 'temporarily_unavailable' };
  const grant = backend.standIn.grantOAuthToken(backend.instance, {
    subject: pending.userId,
    scopes: pending.scopes,
    clientId: pending.clientId,
  });
  return { kind: 'granted', grant };
}

/** The apps a member allowed, for the dashboard: never their tokens. */
export function memberGrants(userId: string): Omit<OAuthGrant, 'token'>[] {
  const backend = demoBackendApi();
  if (!backend) return [];
  return backend.standIn
    .oauthGrants(backend.instance, userId)
    .map(({ id, clientId, subject, scopes, expiration, createdAt }) => ({
      id,
      clientId,
      subject,
      scopes,
      expiration,
      createdAt,
    }));
}

/** Revokes one of the member's grants at the demo's Clerk; the token, for the verifier to forget. */
export function revokeGrant(userId: string, grantId: string): string | null {
  const backend = demoBackendApi();
  if (!backend) return null;
  const token = backend.standIn
    .oauthGrants(backend.instance, userId)
    .find((grant) => grant.id === grantId)?.token;
  if (!token || !backend.standIn.revokeOAuthGrant(backend.instance, userId, grantId)) return null;
  return token;
}
