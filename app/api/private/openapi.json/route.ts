import { OPENAPI_DOCUMENT } from '@/lib/api/openapi';

/** The private API's description: public, since it opens nothing (the proxy lets it through). */
export function GET() {
  return Response.json(OPENAPI_DOCUMENT, {
    headers: { 'Cache-Control': 'public, max-age=300' },
  });
}
