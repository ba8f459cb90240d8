// A load balancer asks this process, now, whether it is up: never a cached answer.
export const dynamic = 'force-dynamic';

/** Liveness: the process answers. Nothing is checked, so a restart is the only cure for a failure. */
export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
