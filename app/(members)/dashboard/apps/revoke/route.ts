import { revokeGrantResponse } from '@/lib/demo/oauth-requests';

/** "Revoke" in the dashboard's list of apps (demo builds only). */
export function POST(req: Request): Promise<Response> {
  return revokeGrantResponse(req);
}
