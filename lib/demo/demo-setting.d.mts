export declare const DEMO_IDENTITIES_VARIABLE: 'MASTHEAD_DEMO_IDENTITIES';

export declare const CLERK_KEY_VARIABLES: readonly string[];

export declare const DEMO_FRONTEND_API: string;

export declare const DEMO_PUBLISHABLE_KEY: string;

export declare function readDemoSetting(value: string | undefined): { demo: boolean; problem?: string };

export declare function clerkKeysIn(env: Record<string, string | undefined>): string[];

export declare function demoWithClerkKeysProblem(env: Record<string, string | undefined>): string | undefined;
