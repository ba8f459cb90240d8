import { tokenResponse } from '@/lib/demo/oauth-requests';

/** The demo's OAuth token endpoint (demo builds only; a Clerk instance's `/oauth/token` elsewhere). */
export function POST(req: Request): Promise<Response> {
  return tokenResponse(req);
}
