export declare const PER_REQUEST_PAGES: string[];

export declare const CLERK_PAGES: string[];

export declare const THEME_SCRIPT_HASH: string;

export declare function createNonce(): string;

export declare function clerkFrontendApi(publishableKey: string | undefined): string | undefined;

export interface PolicyOptions {
  /** Whether the page loads Clerk's components. */
  clerk: boolean;
  /** The response's nonce: only a page rendered per request can carry one. */
  nonce?: string;
  /** The Clerk instance's Frontend API origin. */
  frontendApi?: string;
  /** `next dev`, whose React debugging needs eval and whose overlay injects styles. */
  development?: boolean;
}

export declare function contentSecurityPolicy(options: PolicyOptions): string;

export declare const PERMISSIONS_POLICY: string;

export type SecurityHeaderName =
  'Content-Security-Policy' | 'Strict-Transport-Security' | 'X-Content-Type-Options' | 'X-Frame-Options' | 'Referrer-Policy' | 'Permissions-Policy';

export declare function securityHeaders(options: PolicyOptions): Record<SecurityHeaderName, string>;

export declare function securityHeaderRoutes(options: { frontendApi?: string; development?: boolean }): {
  source: string;
  headers: { key: string; value: string }[];
}[];
