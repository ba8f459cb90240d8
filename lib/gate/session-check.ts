import { createClerkClient } from '@clerk/nextjs/server';
import type { NextRequest } from 'next/server';

import { viewerFromAuth } from '../access/caller';
import type { Viewer } from '../access/policy';

import { machineBearer } from '../machine-auth/bearer';

import { clerkMiddlewareOptions, isClerkConfigured } from './clerk-config';
import { onSiteOrigin } from './site-origin';

type ClerkClient = ReturnType<typeof createClerkClient>;

// lib/access/policy.ts's ANONYMOUS, which the proxy cannot import (that module is server-only).
const SIGNED_OUT: Viewer = { kind: 'anonymous', pendingTask: false };

let client: ClerkClient | undefined;

/**
 * Clerk's own check of a browser session (`authenticateRequest`, every rule clerkMiddleware
 * applies: the token's signature, expiry and `azp`, `__client_uat` against the token's age, the
 * handshake cases) with a client made once per process. clerkMiddleware makes a new client for
 * every request and encrypts its options into a header that each `auth()` decrypts again
 * (docs/clerk-upstream.md): on the member post route, the busiest gated one, skipping that work
 * is most of what brought it under the cost of a trivial page (docs/performance.md).
 */
function clerk(): ClerkClient {
  client ??= createClerkClient({
    secretKey: process.env.CLERK_SECRET_KEY,
    publishableKey: process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY,
    apiUrl: process.env.CLERK_API_URL || undefined,
  });
  return client;
}

/**
 * The reader of this request, by its session cookie or header, as Clerk decides it; anything but
 * an active session reads as anonymous (a pending one with its task). A request that needs a
 * handshake reads as anonymous too: the caller hands it to clerkMiddleware, which answers it.
 */
export async function sessionViewer(req: NextRequest): Promise<Viewer> {
  if (!isClerkConfigured()) return SIGNED_OUT;
  // As the proxy hands requests to clerkMiddleware: an opaque machine token is not Clerk's to check on a page.
  const onSite = onSiteOrigin(req, machineBearer(req.headers.get('authorization')) !== null);
  const state = await clerk().authenticateRequest(onSite, { ...clerkMiddlewareOptions(), acceptsToken: 'session_token' });
  if (state.status !== 'signed-in') return SIGNED_OUT;
  return viewerFromAuth(state.toAuth({ treatPendingAsSignedOut: false }));
}
