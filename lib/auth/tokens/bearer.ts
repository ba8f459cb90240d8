/**
 * The opaque tokens Clerk verifies by calling its Backend API, told apart by their prefix as
 * Clerk's SDK does (`isMachineTokenByPrefix`): a member's API key, a machine's M2M token, an
 * OAuth access token a reading app got with the member's consent.
 */
export const MACHINE_TOKEN_PREFIXES = {
  ak_: 'api_key',
  mt_: 'm2m_token',
  oat_: 'oauth_token',
} as const;

export type MachineTokenKind = (typeof MACHINE_TOKEN_PREFIXES)[keyof typeof MACHINE_TOKEN_PREFIXES];

export interface MachineBearer {
  kind: MachineTokenKind;
  token: string;
  /** Whether it looks like a token Clerk could have issued; one that does not is refused without a call. */
  wellFormed: boolean;
}

/**
 * What a token Clerk issued can look like: its prefix, then 16 to 128 URL-safe characters
 * (Clerk's own are about 40). Anything else cannot be valid, so it costs no call to Clerk.
 */
const WELL_FORMED = /^(?:ak|mt|oat)_[A-Za-z0-9_-]{16,128}$/;

/** The opaque machine token an `Authorization` header carries, or null for none (a session JWT included). */
export function machineBearer(authorization: string | null | undefined): MachineBearer | null {
  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  if (!token) return null;
  const prefix = Object.keys(MACHINE_TOKEN_PREFIXES).find((p) => token.startsWith(p)) as
    keyof typeof MACHINE_TOKEN_PREFIXES | undefined;
  if (!prefix) return null;
  return { kind: MACHINE_TOKEN_PREFIXES[prefix], token, wellFormed: WELL_FORMED.test(token) };
}

/** The `typ` values of an OAuth access token in its JWT form (RFC 9068), as Clerk's SDK reads them. */
const OAUTH_JWT_TYPES = ['at+jwt', 'application/at+jwt'];

/**
 * Whether an `Authorization` header carries an OAuth access token in its JWT form, which Clerk's
 * SDK verifies locally (`acceptsToken: 'oauth_token'`) rather than by a call: only its header is
 * read here, and nothing in it is trusted before Clerk verifies the signature.
 */
export function isOAuthJwt(authorization: string | null | undefined): boolean {
  const token = /^Bearer ([^.\s]+)\.[^.\s]+\.[^.\s]+$/.exec(authorization ?? '')?.[1];
  if (!token) return false;
  try {
    const header: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    return (
      typeof header === 'object' &&
      header !== null &&
      OAUTH_JWT_TYPES.includes(String((header as { typ?: unknown }).typ))
    );
  } catch {
    return false;
  }
}
