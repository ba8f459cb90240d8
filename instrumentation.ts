import { startDemoInstance } from '@/lib/demo/demo-instance';
import { DEMO_IDENTITIES_VARIABLE, demoStartProblem, isDemoIdentities } from '@/lib/demo/demo-mode';
import { isPrivateSite, PRIVATE_SITE_VARIABLE, privateSiteStartProblem } from '@/lib/gate/private-site';

/**
 * Refuses to start a server whose environment asks for another kind of site than was built, and
 * starts a demo build's own identity provider (which refuses a real instance's keys). Whatever it
 * refuses, every request then answers 500 and the log says why. `isPrivateSite()` and
 * `isDemoIdentities()` read the built-in values (next.config.mjs inlines them); the computed keys
 * below are not inlined, so they read the environment the server starts with.
 */
export function register() {
  const problem =
    privateSiteStartProblem(isPrivateSite(), process.env[PRIVATE_SITE_VARIABLE]) ??
    demoStartProblem(isDemoIdentities(), process.env[DEMO_IDENTITIES_VARIABLE]);
  if (problem) throw new Error(problem);
  if (isDemoIdentities()) startDemoInstance();
}
