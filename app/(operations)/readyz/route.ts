import { readiness } from '@/lib/observability/readiness';

export const dynamic = 'force-dynamic';

/** Readiness for the load balancer and the restart script (docs/operations.md): 503 until this copy can serve. */
export function GET() {
  const { ready, checks } = readiness();
  return Response.json(
    { status: ready ? 'ready' : 'not-ready', checks },
    { status: ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
