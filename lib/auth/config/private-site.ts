import { readEnv } from '../../env.mjs';

import { PRIVATE_SITE_VARIABLE, readPrivateSiteSetting } from './private-site-setting.mjs';

export { PRIVATE_SITE_VARIABLE };

/**
 * Whether this build is a private preview. next.config.mjs builds the setting in (`env`), so the
 * proxy and pages agree with the build's matcher and redirects whatever the server is started with.
 */
export function isPrivateSite(
  value: string | undefined = readEnv('MASTHEAD_PRIVATE_SITE'),
): boolean {
  return readPrivateSiteSetting(value).privateSite;
}

/**
 * What is wrong when a server is started with the setting (`atStart`) on a build made without it,
 * or the other way round: the setting only takes effect at build time, so a staging copy started
 * with `MASTHEAD_PRIVATE_SITE=true` on a public build would be public.
 */
export function privateSiteStartProblem(
  built: boolean,
  atStart: string | undefined,
): string | undefined {
  if (atStart === undefined || readPrivateSiteSetting(atStart).privateSite === built)
    return undefined;
  return built
    ? `${PRIVATE_SITE_VARIABLE}="${atStart}", but this build is a private preview: the setting is read when building. Build again without it to serve the public site.`
    : `${PRIVATE_SITE_VARIABLE}="${atStart}", but this build is the public site: the setting is read when building, so starting with it would publish every page. Build with it set (MASTHEAD_PRIVATE_SITE=true npm run build) instead.`;
}
