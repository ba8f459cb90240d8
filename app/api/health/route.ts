import { isClerkConfigured } from '@/lib/auth/config/clerk';

// A load balancer asks this process, now, whether it is up: never a cached answer.
export const dynamic = 'force-dynamic';

/** Liveness for load balancers and container health checks: no auth, no content, no secrets. */
export function GET() {
  return Response.json(
    { status: 'ok', auth: isClerkConfigured() ? 'configured' : 'not-configured' },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
