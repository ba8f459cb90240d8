import { isDemoIdentities } from '../../demo/demo-mode';
import { isEnvSet, readEnv } from '../../env.mjs';
import { siteUrl } from '../../site-url';

/** Without both keys Clerk answers 500 on every route, public ones included. */
export const REQUIRED_CLERK_VARIABLES = [
  'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY',
  'CLERK_SECRET_KEY',
] as const;

/**
 * Not needed to start, but a production site wants them: without the JWT key every session is
 * checked against Clerk's servers, and without the site URL links and `azp` say localhost.
 */
export const RECOMMENDED_VARIABLES = ['CLERK_JWT_KEY', 'NEXT_PUBLIC_SITE_URL'] as const;

/** Every sign-in variable this site lacks, required ones first. */
export function missingClerkVariables(): { required: string[]; recommended: string[] } {
  return {
    required: REQUIRED_CLERK_VARIABLES.filter((name) => !isEnvSet(name)),
    recommended: RECOMMENDED_VARIABLES.filter((name) => !isEnvSet(name)),
  };
}

/** A demo build is its own instance: its server makes its keys when it starts. */
export function isClerkConfigured(): boolean {
  return isDemoIdentities() || missingClerkVariables().required.length === 0;
}

/**
 * Options for clerkMiddleware. `jwtKey` must be passed explicitly: Clerk ignores CLERK_JWT_KEY
 * from the environment in the middleware and would fetch JWKS over the network on every request.
 * `authorizedParties` makes a token minted for another site (`azp`) worthless here.
 */
export function clerkMiddlewareOptions() {
  return {
    jwtKey: readEnv('CLERK_JWT_KEY'),
    authorizedParties: [siteUrl().origin],
    signInUrl: readEnv('NEXT_PUBLIC_CLERK_SIGN_IN_URL'),
    signUpUrl: readEnv('NEXT_PUBLIC_CLERK_SIGN_UP_URL'),
  };
}
