import { consentResponse } from '@/lib/demo/oauth-requests';

/** The demo's consent form posts here (demo builds only; Clerk's consent screen elsewhere). */
export function POST(req: Request): Promise<Response> {
  return consentResponse(req);
}
