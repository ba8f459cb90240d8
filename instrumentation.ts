import type { Instrumentation } from 'next';

import { isPrivateSite, privateSiteStartProblem } from '@/lib/auth/config/private-site';
import { demoStartProblem, isDemoIdentities } from '@/lib/demo/demo-mode';
import { readEnvAtStart } from '@/lib/env.mjs';

/**
 * Refuses to start a server whose environment asks for another kind of site than was built, and
 * starts a demo build's own identity provider (which refuses a real instance's keys). Whatever it
 * refuses, every request then answers 500 and the log says why. It also answers TRACE before
 * Next.js does (lib/security/trace-requests.ts). `isPrivateSite()` and `isDemoIdentities()` read the
 * built-in values (next.config.mjs inlines them); `readEnvAtStart` reads the environment the
 * server starts with. `NEXT_RUNTIME` stays a literal: Next replaces it per runtime, which drops the
 * Node-only imports below from the Edge compilation.
 */
export async function register() {
  const problem =
    privateSiteStartProblem(isPrivateSite(), readEnvAtStart('MASTHEAD_PRIVATE_SITE')) ??
    demoStartProblem(isDemoIdentities(), readEnvAtStart('MASTHEAD_DEMO_IDENTITIES'));
  if (problem) throw new Error(problem);
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { refuseTraceRequests } = await import('@/lib/security/trace-requests');
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
