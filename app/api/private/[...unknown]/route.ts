import { apiError } from '@/lib/auth/proxy/responses';

/**
 * Any other address below the private API: the API's JSON 404, not the site's HTML page, so that
 * a client that got an endpoint wrong reads the same error shape as every other answer. The proxy
 * has already asked for a credential, so nothing here tells an anonymous caller what exists.
 */
function unknownEndpoint(): Response {
  return apiError(
    404,
    'not_found',
    'No such endpoint: /api/private/openapi.json describes the ones there are.',
  );
}

export const GET = unknownEndpoint;
export const POST = unknownEndpoint;
export const PUT = unknownEndpoint;
export const PATCH = unknownEndpoint;
export const DELETE = unknownEndpoint;
