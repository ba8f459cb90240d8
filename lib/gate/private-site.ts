import { PRIVATE_SITE_VARIABLE, readPrivateSiteSetting } from './private-site-setting.mjs';

export { PRIVATE_SITE_VARIABLE };

/**
 * Whether this build is a private preview. next.config.mjs builds the setting in (`env`), so the
 * proxy and pages agree with the build's matcher and redirects whatever the server is started with.
 */
export function isPrivateSite(value: string | undefined = process.env.MASTHEAD_PRIVATE_SITE): boolean {
  return readPrivateSiteSetting(value).privateSite;
}
