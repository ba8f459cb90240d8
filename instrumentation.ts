import type { Instrumentation } from 'next';

import { DEMO_IDENTITIES_VARIABLE, demoStartProblem, isDemoIdentities } from '@/lib/demo/demo-mode';
import { isPrivateSite, PRIVATE_SITE_VARIABLE, privateSiteStartProblem } from '@/lib/gate/private-site';

/**
 * Refuses to start a server whose environment asks for another kind of site than was built, and
 * starts a demo build's own identity provider (which refuses a real instance's keys). Whatever it
 * refuses, every request then answers 500 and the log says why. It also answers TRACE before
 * Next.js does (lib/gate/trace-requests.ts). `isPrivateSite()` and `isDemoIdentities()` read the
 * built-in values (next.config.mjs inlines them); the computed keys below are not inlined, so they
 * read the environment the server starts with.
 */
export async function register() {
  const problem =
    privateSiteStartProblem(isPrivateSite(), process.env[PRIVATE_SITE_VARIABLE]) ?? demoStartProblem(isDemoIdentities(), process.env[DEMO_IDENTITIES_VARIABLE]);
  if (problem) throw new Error(problem);
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { refuseTraceRequests } = await import('@/lib/gate/trace-requests');
    refuseTraceRequests();
    // After the TRACE refusal, so that a refused TRACE has its log line too.
    const { startObservability } = await import('@/lib/observability/start');
    await startObservability();
  }
  // Next also compiles this file for the Edge runtime, which has no node:crypto; the demo runs on Node.
  if (isDemoIdentities() && process.env.NEXT_RUNTIME === 'nodejs') {
    const { startDemoInstance } = await import('@/lib/demo/demo-instance');
    startDemoInstance();
    const { startDemoBackendApi } = await import('@/lib/demo/demo-backend-api');
    await startDemoBackendApi();
  }
}

/** Server errors, logged once with their cause and the request's id (lib/observability/start.ts). */
export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { reportRequestError } = await import('@/lib/observability/start');
  await reportRequestError(...args);
};
