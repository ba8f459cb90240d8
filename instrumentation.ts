import { isPrivateSite, PRIVATE_SITE_VARIABLE, privateSiteStartProblem } from '@/lib/gate/private-site';

/**
 * Refuses to start a server whose environment asks for another kind of site than was built.
 * `isPrivateSite()` reads the built-in value (next.config.mjs inlines `process.env.MASTHEAD_PRIVATE_SITE`);
 * the computed key below is not inlined, so it reads the environment the server starts with.
 */
export function register() {
  const problem = privateSiteStartProblem(isPrivateSite(), process.env[PRIVATE_SITE_VARIABLE]);
  if (problem) throw new Error(problem);
}
