import { isDemoIdentities } from '@/lib/demo/demo-mode';

/** Outside a demo build this route does not exist, for any method. */
const notFound = () =>
  new Response('Not found\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

/** Signs in as one of the demo identities (form field `as`), or out: demo builds only. */
export async function POST(req: Request): Promise<Response> {
  if (!isDemoIdentities()) return notFound();
  const { demoSessionResponse } = await import('@/lib/demo/session-request');
  return demoSessionResponse(req);
}

export async function GET(): Promise<Response> {
  if (!isDemoIdentities()) return notFound();
  const { demoSessionPage } = await import('@/lib/demo/session-request');
  return demoSessionPage();
}
