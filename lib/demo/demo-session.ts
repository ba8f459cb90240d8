import 'server-only';

import { signSessionToken } from '@/lib/demo/fake-clerk/session-token';
import { siteUrl } from '@/lib/site-url';

import { demoSigningKey } from './demo-instance';
import { DEMO_FRONTEND_API } from './demo-setting.mjs';
import { DEMO_IDENTITIES, type DemoIdentityKey } from './identities';

/**
 * How long a demo session lasts. Clerk's own tokens live a minute and its browser script renews
 * them; the demo has no script, so its token lives as long as the session, and the cookies expire
 * a minute before it: the browser never sends an expired token, which Clerk would answer with a
 * handshake redirect to the (fictitious) instance.
 */
export const DEMO_SESSION_SECONDS = 8 * 60 * 60;
const COOKIE_MARGIN_SECONDS = 60;

function cookie(name: string, value: string, maxAge: number, httpOnly: boolean): string {
  const secure = siteUrl().protocol === 'https:' ? '; Secure' : '';
  return `${name}=${value}; Path=/; Max-Age=${maxAge}; SameSite=Lax${httpOnly ? '; HttpOnly' : ''}${secure}`;
}

/**
 * The cookies Clerk's browser script would set for this identity: `__session`, a session token
 * shaped like Clerk's (v2 claims, RS256, the site as `azp`), and `__client_uat`, the time it was
 * issued. `__client_uat` stays readable by scripts, as Clerk's is: the readers' pages read it to
 * show "Dashboard" instead of "Sign in".
 */
export async function demoSessionCookies(
  key: DemoIdentityKey,
  now: Date = new Date(),
): Promise<string[]> {
  const identity = DEMO_IDENTITIES[key];
  const issuedAt = Math.floor(now.getTime() / 1000) - 5;
  const token = await signSessionToken(demoSigningKey(), {
    userId: identity.userId,
    azp: siteUrl().origin,
    issuer: `https://${DEMO_FRONTEND_API}`,
    status: identity.status,
    features: identity.features,
    plans: identity.plans,
    org: identity.org,
    issuedAt,
    expiresIn: DEMO_SESSION_SECONDS,
  });
  const maxAge = DEMO_SESSION_SECONDS - COOKIE_MARGIN_SECONDS;
  return [
    cookie('__session', token, maxAge, true),
    cookie('__client_uat', String(issuedAt), maxAge, false),
  ];
}

/** What Clerk leaves after signing out: no session, and `__client_uat=0`. */
export function signedOutCookies(): string[] {
  return [
    cookie('__session', '', 0, true),
    cookie('__client_uat', '0', DEMO_SESSION_SECONDS, false),
  ];
}
