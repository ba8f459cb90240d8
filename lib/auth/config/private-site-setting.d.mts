export declare const PRIVATE_SITE_VARIABLE: 'MASTHEAD_PRIVATE_SITE';

export declare function readPrivateSiteSetting(value: string | undefined): { privateSite: boolean; problem?: string };

export interface RouteCondition {
  type: 'header' | 'query';
  key: string;
  value?: string;
}

export declare const CLERK_CREDENTIALS: readonly RouteCondition[];

export declare function privateSiteRedirects(privateSite: boolean): { source: string; missing: RouteCondition[]; destination: string; permanent: false }[];
