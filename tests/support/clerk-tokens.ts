import { exportSPKI, generateKeyPair, importJWK, type JWK, exportJWK, SignJWT } from 'jose';

/** The publishable key of a production-format instance at clerk.example.com (no network needed). */
export const TEST_PUBLISHABLE_KEY = `pk_live_${Buffer.from('clerk.example.com$').toString('base64')}`;
export const TEST_ISSUER = 'https://clerk.example.com';

export interface TestKeys {
  publicKeyPem: string;
  privateJwk: JWK;
}

/** A fresh RSA-2048 key pair for one test run: nothing is ever committed. */
export async function generateTestKeys(): Promise<TestKeys> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
  return { publicKeyPem: await exportSPKI(publicKey), privateJwk: await exportJWK(privateKey) };
}

export interface TokenOptions {
  userId?: string;
  /** Origin the token was minted for (`azp`). */
  azp: string;
  status?: 'active' | 'pending';
  /** Clerk Billing features, e.g. ['u:premium_content']. */
  features?: string[];
  org?: { id: string; role: string; slug: string; permissions: string[]; feature: string };
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  issuedAt?: number;
}

/** A Clerk session token (v2 claims) signed with the test key. */
export async function mintSessionToken(privateJwk: JWK, options: TokenOptions): Promise<string> {
  const now = options.issuedAt ?? Math.floor(Date.now() / 1000) - 5;
  const features = [...(options.features ?? [])];
  const claims: Record<string, unknown> = {
    sid: `sess_${options.userId ?? 'user_member'}`,
    azp: options.azp,
    sts: options.status ?? 'active',
    v: 2,
    fva: [0, -1],
  };
  if (options.org) {
    features.push(`o:${options.org.feature}`);
    claims.o = {
      id: options.org.id,
      rol: options.org.role,
      slg: options.org.slug,
      per: options.org.permissions.join(','),
      fpm: String((1 << options.org.permissions.length) - 1),
    };
  }
  if (features.length > 0) claims.fea = features.join(',');
  const key = await importJWK(privateJwk, 'RS256');
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'ins_test', typ: 'JWT' })
    .setSubject(options.userId ?? 'user_member')
    .setIssuer(TEST_ISSUER)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + 5 + (options.expiresIn ?? 600))
    .sign(key);
}

/** Clerk's JWT category header for machine-to-machine tokens (session tokens carry another). */
const M2M_TOKEN_CATEGORY = 'cl_B7d4PD333AAA';

/**
 * A Clerk M2M token in its JWT form (subject `mch_...`), which Clerk verifies locally with the
 * instance's JWT key; the opaque `mt_...` form needs Clerk's Backend API.
 */
export async function mintMachineToken(privateJwk: JWK, machineId = 'mch_newsletter'): Promise<string> {
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

/** Cookies a browser with this session would send. */
export function sessionCookies(token: string): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { iat: number };
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
    NEXT_PUBLIC_CLERK_SIGN_IN_URL: '/sign-in',
    NEXT_PUBLIC_CLERK_SIGN_UP_URL: '/sign-up',
    ...(publicKeyPem ? { CLERK_JWT_KEY: publicKeyPem } : {}),
  };
}
