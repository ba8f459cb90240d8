import { DEMO_IDENTITIES_VARIABLE, readDemoSetting } from './demo-setting.mjs';

/**
 * Whether this build simulates sign-in with its own identities. next.config.mjs builds the
 * setting in as exactly "true" or "false", so every page, the proxy and the demo's own route agree
 * with the build whatever the server is started with, and a build without it drops the demo's
 * branches as dead code. So it is read here as the literal Next replaces (lib/env.mjs names it).
 */
export function isDemoIdentities(): boolean {
  return process.env.MASTHEAD_DEMO_IDENTITIES === 'true';
}

/**
 * What is wrong when a server is started with the demo setting (`atStart`) on a build made
 * without it, or the other way round: the setting only takes effect when building.
 */
export function demoStartProblem(built: boolean, atStart: string | undefined): string | undefined {
  if (atStart === undefined || readDemoSetting(atStart).demo === built) return undefined;
  return built
    ? `${DEMO_IDENTITIES_VARIABLE}="${atStart}", but this build is a demo with simulated identities: the setting is read when building. Build again without it (npm run build) to serve with Clerk.`
    : `${DEMO_IDENTITIES_VARIABLE}="${atStart}", but this build is not a demo: the setting is read when building. Build with it set (npm run demo does) for simulated identities.`;
}

export { DEMO_IDENTITIES_VARIABLE };
