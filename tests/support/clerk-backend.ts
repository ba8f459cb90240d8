import { createClerkClient } from '@clerk/nextjs/server';
import { inject } from 'vitest';

import type { Behaviour } from '@/lib/demo/fake-clerk/backend-api';

export interface BackendApi {
  url: string;
  secretKey: string;
}

/** The real SDK's client for the stand-in of Clerk's Backend API, as an instance's server would use it. */
export function backendClient(
  secretKey = inject('clerkBackend').secretKey,
  api: BackendApi = inject('clerkBackend'),
) {
  return createClerkClient({ secretKey, apiUrl: api.url });
}

async function control(
  api: BackendApi,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${api.url}/__stand-in/${path}`, {
    method,
    headers: { authorization: `Bearer ${api.secretKey}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`stand-in ${method} ${path}: ${response.status}`);
  return response.json();
}

/** Makes Clerk slow, down or refusing (the stand-in answers every call so), or normal again. */
export function setBehaviour(
  behaviour: Partial<Behaviour>,
  api: BackendApi = inject('clerkBackend'),
): Promise<unknown> {
  return control(api, 'PUT', 'behaviour', {
    delayMs: 0,
    failStatus: null,
    onlyPath: null,
    ...behaviour,
  });
}

/** Calls Clerk received, by route (`POST /api_keys/verify`). */
export async function callCounts(
  api: BackendApi = inject('clerkBackend'),
): Promise<Record<string, number>> {
  return (await control(api, 'GET', 'calls')) as Record<string, number>;
}

/** What Clerk Billing says a user's plan includes. */
export function setPlanFeatures(
  userId: string,
  features: string[],
  api: BackendApi = inject('clerkBackend'),
): Promise<unknown> {
  return control(api, 'PUT', `users/${userId}/features`, { features });
}

/** A member's API key, made as Clerk's `<APIKeys />` component would: no scopes. */
export async function memberApiKey(
  userId: string,
  options: {
    scopes?: string[];
    secondsUntilExpiration?: number;
    secretKey?: string;
    api?: BackendApi;
  } = {},
) {
  const client = backendClient(options.secretKey, options.api);
  return client.apiKeys.create({
    name: 'test key',
    subject: userId,
    scopes: options.scopes ?? [],
    ...(options.secondsUntilExpiration
      ? { secondsUntilExpiration: options.secondsUntilExpiration }
      : {}),
  });
}

/** An opaque M2M token for the newsletter machine. */
export async function m2mToken(
  options: { secondsUntilExpiration?: number; machineSecretKey?: string; api?: BackendApi } = {},
) {
  const client = backendClient(undefined, options.api);
  return client.m2m.createToken({
    machineSecretKey: options.machineSecretKey ?? inject('clerkBackend').machineSecretKey,
    tokenFormat: 'opaque',
    ...(options.secondsUntilExpiration
      ? { secondsUntilExpiration: options.secondsUntilExpiration }
      : {}),
  });
}

export interface TestOAuthToken {
  id: string;
  token: string;
}

/**
 * An opaque OAuth access token (`oat_...`) an app got with a member's consent, as Clerk issues one
 * at the end of its consent flow (the stand-in mints it directly).
 */
export async function oauthToken(
  subject: string,
  scopes: string[],
  options: { secondsUntilExpiration?: number; secretKey?: string; api?: BackendApi } = {},
): Promise<TestOAuthToken> {
  const api = options.api ?? inject('clerkBackend');
  return (await control(
    { ...api, secretKey: options.secretKey ?? api.secretKey },
    'POST',
    'oauth/access_tokens',
    {
      subject,
      scopes,
      client_id: 'oauth_app_reader',
      ...(options.secondsUntilExpiration
        ? { seconds_until_expiration: options.secondsUntilExpiration }
        : {}),
    },
  )) as TestOAuthToken;
}

/** The member revokes an app's grant (at Clerk: its OAuth access token stops verifying). */
export async function revokeOAuthToken(
  id: string,
  api: BackendApi = inject('clerkBackend'),
): Promise<unknown> {
  return control(api, 'POST', `oauth/access_tokens/${id}/revoke`);
}
