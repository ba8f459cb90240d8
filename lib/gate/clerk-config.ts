import { siteUrl } from '../site-url';

export const CLERK_VARIABLES = ['NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY', 'CLERK_SECRET_KEY'] as const;

/** Both keys are needed: without them Clerk answers 500 on every route, public ones included. */
export function missingClerkVariables(): string[] {
  const present = {
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY,
    CLERK_SECRET_KEY: process.env.CLERK_SECRET_KEY,
  };
  return CLERK_VARIABLES.filter((name) => !present[name]);
}

export function isClerkConfigured(): boolean {
  return missingClerkVariables().length === 0;
}

/**
 * Options for clerkMiddleware. `jwtKey` must be passed explicitly: Clerk ignores CLERK_JWT_KEY
 * from the environment in the middleware and would fetch JWKS over the network on every request.
 * `authorizedParties` makes a token minted for another site (`azp`) worthless here.
 */
export function clerkMiddlewareOptions() {
  return {
    jwtKey: process.env.CLERK_JWT_KEY || undefined,
    authorizedParties: [siteUrl().origin],
    signInUrl: process.env.NEXT_PUBLIC_CLERK_SIGN_IN_URL || '/sign-in',
    signUpUrl: process.env.NEXT_PUBLIC_CLERK_SIGN_UP_URL || '/sign-up',
  };
}
