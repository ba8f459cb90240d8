import { clerkMiddleware, type ClerkMiddlewareAuth } from '@clerk/nextjs/server';
import { notFound } from 'next/navigation';
import { type NextFetchEvent, type NextRequest, NextResponse } from 'next/server';

import { viewerFromAuth } from '@/lib/auth/session/from-clerk';
import { noteOpenPageReader } from '@/lib/auth/session/open-page-reader';
import { EDITOR_PERMISSION } from '@/lib/config';
import { clerkMiddlewareOptions, isClerkConfigured } from '@/lib/auth/config/clerk';
import { crossSiteRefusal } from '@/lib/auth/guards/cross-site';
import { withGatedCaching } from '@/lib/auth/proxy/gated-caching';
import { isPrivateSite } from '@/lib/auth/config/private-site';
import { checkSession } from '@/lib/auth/session/check';
import {
  authNotConfigured,
  editorsOnly,
  machineTokenRequired,
  malformedPath,
  notFoundHere,
  PRIVATE_HEADERS,
  rateLimited,
  unauthenticated,
} from '@/lib/auth/proxy/responses';
import {
  hasMalformedEncoding,
  isAuthRoute,
  isEditorRoute,
  isGatedRoute,
  isMachineApiRoute,
  isOpenApiDocument,
  isPrivateApiRoute,
  needsClerk,
} from '@/lib/auth/proxy/routes';
import { onSiteOrigin } from '@/lib/auth/proxy/site-origin';
import type { GatedPostEntry } from '@/lib/content/types';
import { isGiftPath } from '@/lib/auth/gift/paths';
import { isOAuthJwt, type MachineBearer, machineBearer } from '@/lib/auth/tokens/bearer';
import { acceptMachineToken, type MachineTokenUse } from '@/lib/auth/tokens/credentials';
import { feedKeyFromPath, isFeedUrlPath } from '@/lib/auth/tokens/feed-path';
import { machineAuth } from '@/lib/auth/tokens/per-process';
import { gatedPostOfPath, readingRewrite } from '@/lib/auth/proxy/readings/rewrite';
import { namesReadings } from '@/lib/auth/proxy/readings/lock';
import { tracedGate } from '@/lib/observability/gate-span';
import { noteGateAnswer, noteReason, PUBLIC_REASON } from '@/lib/observability/request-context';
import { type ProxiedPage, proxiedPage } from '@/lib/security/proxy-headers';
import { withSecretUrlHeaders } from '@/lib/security/secret-url-headers';

/**
 * One request's share of a credential's rate (lib/auth/tokens/rate-limit.ts): counted here, once
 * per request, for every API key and OAuth access token that passed; handlers do not count again.
 */
function withinRate(token: string): Response | undefined {
  const decision = machineAuth().rateLimiter.take(token);
  if (!decision.allowed) return rateLimited(decision.retryAfterSeconds);
}

/** `/api/private/*` with an OAuth access token in its JWT form, which Clerk verifies locally. */
async function oauthJwtGate(
  auth: ClerkMiddlewareAuth,
  req: NextRequest,
  editorsOnlySite: boolean,
): Promise<Response | undefined> {
  const caller = await auth({ acceptsToken: 'oauth_token' });
  if (!caller.isAuthenticated || !caller.userId.startsWith('user_')) return unauthenticated();
  if (editorsOnlySite) return editorsOnly();
  return withinRate(req.headers.get('authorization') ?? '');
}

/** `/api/private/*` with a session; a status an API client can act on, never a redirect. */
async function privateApiGate(
  auth: ClerkMiddlewareAuth,
  req: NextRequest,
  editorsOnlySite: boolean,
): Promise<Response | undefined> {
  if (isOAuthJwt(req.headers.get('authorization'))) return oauthJwtGate(auth, req, editorsOnlySite);
  const caller = viewerFromAuth(await auth({ treatPendingAsSignedOut: false }), req.headers);
  if (caller.kind !== 'signed-in') return unauthenticated(caller.pendingTask);
  if (editorsOnlySite && !caller.editor) return editorsOnly();
}

/**
 * `/api/private/*` with an opaque token (an API key or M2M token in the header, or a private feed
 * URL's key): checked with the verifier, which asks Clerk once per token per minute with a bounded
 * wait, never by clerkMiddleware, which would ask Clerk on every request without a bound.
 */
async function machineTokenGate(
  req: NextRequest,
  bearer: MachineBearer,
  feedUrl: boolean,
): Promise<Response> {
  const privateSite = isPrivateSite();
  const use: MachineTokenUse = feedUrl
    ? 'private-feed'
    : isMachineApiRoute(req) && !privateSite
      ? 'machine-api'
      : 'member-api';
  const accepted = await acceptMachineToken(bearer, use, machineAuth().verifier, req.headers);
  if (accepted instanceof Response) return accepted;
  // A private preview site's API is for editors, and no API key carries the editor permission.
  if (privateSite) return editorsOnly();
  if (use === 'machine-api') return NextResponse.next();
  return withinRate(bearer.token) ?? NextResponse.next();
}

/** `/api/private/machine/*` without an opaque token: only an M2M token in its JWT form, which Clerk verifies locally, passes. */
async function machineApiGate(auth: ClerkMiddlewareAuth): Promise<Response | undefined> {
  if (!(await auth({ acceptsToken: 'm2m_token' })).isAuthenticated) return machineTokenRequired();
}

/**
 * Pages for editors only. A pending session is sent to its task like on any protected page;
 * anyone else without the permission gets a 404, signed in or not, rather than an invitation
 * to sign in to an area whose existence is none of their business.
 */
async function editorPageGate(
  auth: ClerkMiddlewareAuth,
  anonymous: 'not-found' | 'sign-in',
): Promise<void> {
  const { userId, sessionStatus } = await auth({ treatPendingAsSignedOut: false });
  if (!userId && sessionStatus !== 'pending' && anonymous === 'not-found') notFound();
  await auth.protect((has) => has({ permission: EDITOR_PERMISSION }));
}

/** clerkMiddleware with the site's gate: every request whose answer depends on who asks, but a signed-in reader's gated post. */
function gate(page: ProxiedPage) {
  return clerkMiddleware(async (auth, req) => {
    const privateSite = isPrivateSite();
    if (!isGatedRoute(req, privateSite)) return page.passOn();
    // On a private preview site the machine API is closed like the rest: a staging copy has
    // nothing to export, and no machine is an editor.
    if (isMachineApiRoute(req) && !privateSite) return machineApiGate(auth);
    if (isPrivateApiRoute(req)) return privateApiGate(auth, req, privateSite);
    if (isEditorRoute(req)) {
      await editorPageGate(auth, 'not-found');
      return page.passOn();
    }
    if (!privateSite) {
      await auth.protect();
      return page.passOn();
    }
    // Protected-first: every other page is for signed-in editors, who read gated posts in full.
    await editorPageGate(auth, 'sign-in');
    const post = gatedPostOfPath(req.nextUrl.pathname);
    const viewer = viewerFromAuth(await auth(), req.headers);
    if (post && viewer.kind === 'signed-in') return readingRewrite(req, post, viewer);
    // Prerendered pages say `s-maxage=31536000`; Next keeps a Cache-Control set here instead,
    // so that no CDN in front of a private site hands an editor's page to the next visitor.
    const res = page.passOn();
    for (const [name, value] of Object.entries(PRIVATE_HEADERS)) res.headers.set(name, value);
    return res;
  }, clerkMiddlewareOptions);
}

/**
 * A gift link on the public site reads no session, so Clerk never sees it: a handshake redirect
 * would carry its token off the site. A path holding an encoding is left to the usual checks.
 */
function isOpenGiftLink(req: NextRequest): boolean {
  return (
    isGiftPath(req.nextUrl.pathname) && !req.nextUrl.pathname.includes('%') && !isPrivateSite()
  );
}

/**
 * A signed-in reader's request for a gated post: Clerk's check of the session, then the rendering
 * of their class at the post's own address (lib/auth/proxy/readings). Anyone else gets the public page; a
 * session Clerk must refresh first takes clerkMiddleware's handshake.
 */
async function gatedPostForReader(
  req: NextRequest,
  event: NextFetchEvent,
  page: ProxiedPage,
  post: GatedPostEntry,
): Promise<Response> {
  const session = await checkSession(req);
  if (session.handshake)
    return (await gate(page)(onSiteOrigin(req, false), event)) ?? page.passOn();
  return session.viewer.kind === 'signed-in'
    ? readingRewrite(req, post, session.viewer)
    : page.passOn();
}

async function answer(
  req: NextRequest,
  event: NextFetchEvent,
  page: ProxiedPage,
): Promise<Response> {
  // Every path holding a `%` comes here (config.matcher), and the route matchers throw on one that does not decode.
  if (hasMalformedEncoding(req.nextUrl.pathname)) return malformedPath(req.nextUrl.pathname);
  // The readings' first lock: only this proxy's rewrite reaches them, never a request that names them.
  if (namesReadings(req.nextUrl.pathname)) return notFoundHere();
  const crossSite = crossSiteRefusal(req);
  if (crossSite) return crossSite;
  const gatedPost =
    isClerkConfigured() && !isPrivateSite() ? gatedPostOfPath(req.nextUrl.pathname) : undefined;
  if (gatedPost) return gatedPostForReader(req, event, page, gatedPost);
  // Public below the private prefix: the API's description, read by anyone and reading no credential.
  if (isOpenApiDocument(req) && !isPrivateSite()) return page.passOn();
  if (!needsClerk(req) || isOpenGiftLink(req)) {
    await noteOpenPageReader(req);
    if (!isGiftPath(req.nextUrl.pathname)) noteReason(req.headers, PUBLIC_REASON);
    return page.passOn();
  }
  // Without keys Clerk fails every request; keep the public site up and say what is missing.
  if (!isClerkConfigured()) {
    return isGatedRoute(req) || isAuthRoute(req)
      ? authNotConfigured(req, isPrivateApiRoute(req))
      : page.passOn();
  }
  const bearer = machineBearer(req.headers.get('authorization'));
  if (isPrivateApiRoute(req)) {
    const feedKey = feedKeyFromPath(req.nextUrl.pathname);
    if (feedKey) return machineTokenGate(req, feedKey, true);
    if (bearer) return machineTokenGate(req, bearer, false);
  }
  // Clerk always answers with a response; its type also allows "nothing", which means "go on".
  return (await gate(page)(onSiteOrigin(req, bearer !== null), event)) ?? page.passOn();
}

export default async function proxy(req: NextRequest, event: NextFetchEvent) {
  const page = proxiedPage(req);
  const res = withGatedCaching(
    req,
    page.finish(await tracedGate(req.headers, () => answer(req, event, page))),
  );
  noteGateAnswer(req.headers, res.status);
  return isGiftPath(req.nextUrl.pathname) || isFeedUrlPath(req.nextUrl.pathname)
    ? withSecretUrlHeaders(res)
    : res;
}

/**
 * Next only invokes the proxy for what this matcher names, and checks the raw and the decoded
 * path. An anonymous reader of a public page matches nothing here, so the proxy does not run at
 * all. Next reads this as a literal: the credential conditions repeat `CLERK_CREDENTIALS`
 * (lib/auth/config/private-site-setting.mjs), which a unit test keeps equal.
 */
export const config = {
  matcher: [
    // Any path holding an encoding or a word of a gated or sign-in route (`needsClerk` sorts them
    // out), or of the readings' prefix (refused).
    '/((?!_next/).*(?:%|dashboard|settings|private|sign-in|sign-up|gated-reading).*)',
    // Gift links, for their headers (lib/security/secret-url-headers.ts).
    '/gift/:path*',
    // A request that carries credentials, to any page but a static file: a private preview site
    // checks every one.
    {
      source:
        '/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)',
      has: [
        {
          type: 'header',
          key: 'cookie',
          value: '(?:.*;)?\\s*(?:__session|__client_uat|__clerk|__refresh)[^=;]*=.*',
        },
      ],
    },
    {
      source:
        '/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)',
      has: [{ type: 'header', key: 'authorization' }],
    },
    {
      source:
        '/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)',
      has: [{ type: 'query', key: '__clerk_handshake' }],
    },
  ],
};
