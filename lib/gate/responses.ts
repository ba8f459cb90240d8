import { missingClerkVariables } from './clerk-config';

/** Headers of every response that depends on who asks: no shared cache may keep it. */
export const PRIVATE_HEADERS = { 'Cache-Control': 'private, no-store' } as const;

export type ApiErrorCode =
  | 'unauthenticated'
  | 'session_task_pending'
  | 'forbidden'
  | 'not_found'
  | 'auth_not_configured'
  | 'machine_token_required';

export function apiError(status: number, error: ApiErrorCode, message: string, headers: HeadersInit = {}): Response {
  return Response.json(
    { error, message },
    { status, headers: { ...PRIVATE_HEADERS, ...headers } },
  );
}

export function unauthenticated(pendingTask = false): Response {
  return pendingTask
    ? apiError(401, 'session_task_pending', 'Your session has a pending task: finish it at /sign-in/tasks, then retry.', {
        'WWW-Authenticate': 'Bearer error="invalid_token", error_description="session task pending"',
      })
    : apiError(401, 'unauthenticated', 'Sign in, or send a session token or API key as "Authorization: Bearer <token>".', {
        'WWW-Authenticate': 'Bearer',
      });
}

/** The machine API's answer to anything but a valid Clerk M2M token, a browser session included. */
export function machineTokenRequired(): Response {
  return apiError(401, 'machine_token_required', 'This endpoint is for services: send a Clerk machine-to-machine token as "Authorization: Bearer <token>".', {
    'WWW-Authenticate': 'Bearer error="invalid_token", error_description="machine token required"',
  });
}

/** A private preview site's API answer to a signed-in reader who is not an editor. */
export function editorsOnly(): Response {
  return apiError(403, 'forbidden', 'This is a private preview of the publication: only editors may use it.');
}

export function notConfiguredMessage(): string {
  return `Sign-in is not configured on this site. Set ${missingClerkVariables().join(' and ')} (see .env.example), then restart.`;
}

export function authNotConfigured(json: boolean): Response {
  if (json) return apiError(503, 'auth_not_configured', notConfiguredMessage());
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in is not configured</title><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5"><main><h1>Sign-in is not configured</h1><p>${notConfiguredMessage()}</p><p><a href="/">Back to the publication</a></p></main></body></html>`;
  return new Response(body, {
    status: 503,
    headers: { ...PRIVATE_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '3600' },
  });
}

const LOGGED_PATH_LENGTH = 100;

/**
 * A request no page can answer because its path does not decode: 400, and one short line in the
 * log (the path cut to 100 characters) instead of a stack trace.
 */
export function malformedPath(pathname: string): Response {
  const shown = pathname.length > LOGGED_PATH_LENGTH ? `${pathname.slice(0, LOGGED_PATH_LENGTH)}…` : pathname;
  console.warn(`400 malformed percent-encoding in the path: ${JSON.stringify(shown)}`);
  return new Response('Bad Request: the path holds a percent-encoding that does not decode.\n', {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
