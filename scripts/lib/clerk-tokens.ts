import { exportJWK, exportSPKI, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';

import { type SessionTokenOptions, signSessionToken } from '@/lib/demo/fake-clerk/session-token';
import { SIGN_IN_PATH, SIGN_UP_PATH } from '@/lib/paths';

// The offline Clerk instance the tests, the benchmarks and measure:readers run the site against:
// keys made per run, session and machine tokens signed locally, no Clerk server reached.

/** The publishable key of a production-format instance at clerk.example.com (no network needed). */
export const TEST_PUBLISHABLE_KEY = `pk_live_${Buffer.from('clerk.example.com$').toString('base64')}`;
export const TEST_ISSUER = 'https://clerk.example.com';

export interface TestKeys {
  publicKeyPem: string;
  privateJwk: JWK;
}

/** A fresh RSA-2048 key pair for one test run: nothing is ever committed. */
export async function generateTestKeys(): Promise<TestKeys> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', {
    extractable: true,
    modulusLength: 2048,
  });
  return { publicKeyPem: await exportSPKI(publicKey), privateJwk: await exportJWK(privateKey) };
}

export type TokenOptions = Omit<SessionTokenOptions, 'userId' | 'issuer'> & { userId?: string };

/** A Clerk session token (v2 claims) signed with the test key. */
export async function mintSessionToken(privateJwk: JWK, options: TokenOptions): Promise<string> {
  // An RSA JWK imports as a CryptoKey; only symmetric keys come back as bytes.
  const key = (await importJWK(privateJwk, 'RS256')) as CryptoKey;
  return signSessionToken(key, {
    ...options,
    userId: options.userId ?? 'user_member',
    issuer: TEST_ISSUER,
  });
}

/** Clerk's JWT category header for machine-to-machine tokens (session tokens carry another). */
const M2M_TOKEN_CATEGORY = 'cl_B7d4PD333AAA';

/**
 * A Clerk M2M token in its JWT form (subject `mch_...`), which Clerk verifies locally with the
 * instance's JWT key; the opaque `mt_...` form needs Clerk's Backend API.
 */
export async function mintMachineToken(
  privateJwk: JWK,
  machineId = 'mch_newsletter',
): Promise<string> {
  const now = Math.floor(Date.now() / 1000) - 5;
  const key = await importJWK(privateJwk, 'RS256');
  return new SignJWT({ jti: 'mt_offline_test', scopes: '' })
    .setProtectedHeader({ alg: 'RS256', kid: 'ins_test', typ: 'JWT', cat: M2M_TOKEN_CATEGORY })
    .setSubject(machineId)
    .setIssuer(TEST_ISSUER)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + 600)
    .sign(key);
}

/**
 * An OAuth access token in its JWT form (RFC 9068, `typ: at+jwt`), as a Clerk instance configured
 * for JWT access tokens issues it: signed with the instance's key, verified locally by the SDK.
 */
export async function mintOAuthJwt(
  privateJwk: JWK,
  options: { userId: string; scopes: string[]; expiresIn?: number; clientId?: string },
): Promise<string> {
  const now = Math.floor(Date.now() / 1000) - 5;
  const key = await importJWK(privateJwk, 'RS256');
  return new SignJWT({
    client_id: options.clientId ?? 'oauth_app_reader',
    scope: options.scopes.join(' '),
    jti: `oat_jwt_${now}`,
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'ins_test', typ: 'at+jwt' })
    .setSubject(options.userId)
    .setIssuer(TEST_ISSUER)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + (options.expiresIn ?? 600))
    .sign(key);
}

/** Cookies a browser with this session would send. */
export function sessionCookies(token: string): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
    iat: number;
  };
  return `__session=${token}; __client_uat=${payload.iat}`;
}

/**
 * The environment of a site built and run against the offline test instance. Without a public
 * key the site still verifies nothing offline, which is enough for pages that read no session.
 */
export function testClerkEnv(publicKeyPem?: string): Record<string, string> {
  return {
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: TEST_PUBLISHABLE_KEY,
    CLERK_SECRET_KEY: 'sk_live_offline_test_instance',
    NEXT_PUBLIC_CLERK_SIGN_IN_URL: SIGN_IN_PATH,
    NEXT_PUBLIC_CLERK_SIGN_UP_URL: SIGN_UP_PATH,
    ...(publicKeyPem ? { CLERK_JWT_KEY: publicKeyPem } : {}),
  };
}
