import { type KeyInput, SignJWT } from 'jose';

/** An organization membership as a v2 session token carries it (`o` and the `o:` features). */
export interface SessionOrganization {
  id: string;
  /** Role key without the `org:` prefix, e.g. `editor`. */
  role: string;
  slug: string;
  /** Permission names of `feature`, e.g. `['preview']` for `org:posts:preview`. */
  permissions: string[];
  /** The organization feature the permissions belong to, e.g. `posts`. */
  feature: string;
}

export interface SessionTokenOptions {
  userId: string;
  /** Origin the token was minted for (`azp`): the only authorized party the site accepts. */
  azp: string;
  issuer: string;
  status?: 'active' | 'pending';
  /** Clerk Billing features with their scope, e.g. `['u:premium_content']` or `['o:premium_content']`. */
  features?: string[];
  /** Clerk Billing plans with their scope, e.g. `['u:premium']`. */
  plans?: string[];
  org?: SessionOrganization;
  /** Seconds from `issuedAt` until the token expires; negative for an expired token. */
  expiresIn?: number;
  /** Unix seconds; a few seconds ago by default, as Clerk leaves room for clock skew. */
  issuedAt?: number;
}

/**
 * The claims of a Clerk session token, version 2: status `sts`, features `fea` and plans `pla`
 * as scoped comma lists, and an organization in `o` whose permissions `fpm` maps onto the `o:`
 * features bit by bit (lowest bit, first permission). Clerk's own parser reads these in
 * `@clerk/shared/jwtPayloadParser` and `authorization`.
 */
export function sessionClaims(options: SessionTokenOptions): Record<string, unknown> {
  const features = [...(options.features ?? [])];
  const claims: Record<string, unknown> = {
    sid: `sess_${options.userId.replace(/^user_/, '')}`,
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
      ...(options.org.permissions.length > 0
        ? {
            per: options.org.permissions.join(','),
            fpm: String((1 << options.org.permissions.length) - 1),
          }
        : {}),
    };
  }
  if (features.length > 0) claims.fea = features.join(',');
  if (options.plans?.length) claims.pla = options.plans.join(',');
  return claims;
}

/** A session token signed (RS256) with `key`, verifiable by `clerkMiddleware` given the public key as `jwtKey`. */
export function signSessionToken(
  key: Exclude<KeyInput, Uint8Array>,
  options: SessionTokenOptions,
): Promise<string> {
  const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000) - 5;
  return new SignJWT(sessionClaims(options))
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
    .setSubject(options.userId)
    .setIssuer(options.issuer)
    .setIssuedAt(issuedAt)
    .setNotBefore(issuedAt)
    .setExpirationTime(issuedAt + 5 + (options.expiresIn ?? 600))
    .sign(key);
}
