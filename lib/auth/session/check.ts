import { createClerkClient } from '@clerk/nextjs/server';
import type { NextRequest } from 'next/server';

import { readEnv } from '@/lib/env.mjs';

import { viewerFromAuth } from './from-clerk';
import type { Viewer } from '../policy';
import { machineBearer } from '../tokens/bearer';

import { clerkMiddlewareOptions } from '../config/clerk';
import { onSiteOrigin } from '../proxy/site-origin';

type ClerkClient = ReturnType<typeof createClerkClient>;

let client: ClerkClient | undefined;

/**
 * Clerk's own check of a browser session (`authenticateRequest`, every rule clerkMiddleware
 * applies: the token's signature, expiry and `azp`, `__client_uat` against the token's age, the
 * handshake cases) with a client made once per process. clerkMiddleware makes a new client for
 * every request and encrypts its options into a header for `auth()` (docs/clerk-upstream.md); a
 * signed-in reader's request for a gated post needs only the answer, in the proxy.
 */
function clerk(): ClerkClient {
  client ??= createClerkClient({
    secretKey: readEnv('CLERK_SECRET_KEY'),
    publishableKey: readEnv('NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY'),
    apiUrl: readEnv('CLERK_API_URL'),
  });
  return client;
}

/**
 * Who the request's session says the reader is, or that Clerk must refresh the session first (a
 * handshake); for a verified session, when its token expires (its `exp`, in ms).
 */
export type SessionCheck =
  { handshake: true } | { handshake: false; viewer: Viewer; expiresAt?: number };

/**
 * The reader of this request, by its session cookie or header, as Clerk decides it; anything but
 * an active session reads as anonymous (a pending one with its task). Callers hand a handshake to
 * clerkMiddleware, which answers it.
 */
export async function checkSession(req: NextRequest): Promise<SessionCheck> {
  // As the proxy hands requests to clerkMiddleware: an opaque machine token is not Clerk's to check on a page.
  const onSite = onSiteOrigin(req, machineBearer(req.headers.get('authorization')) !== null);
  const state = await clerk().authenticateRequest(onSite, {
    ...clerkMiddlewareOptions(),
    acceptsToken: 'session_token',
  });
  if (state.status === 'handshake') return { handshake: true };
  if (state.status !== 'signed-in')
    return { handshake: false, viewer: { kind: 'anonymous', pendingTask: false } };
  const auth = state.toAuth({ treatPendingAsSignedOut: false });
  return {
    handshake: false,
    viewer: viewerFromAuth(auth, req.headers),
    expiresAt: auth.sessionClaims ? auth.sessionClaims.exp * 1000 : undefined,
  };
}
