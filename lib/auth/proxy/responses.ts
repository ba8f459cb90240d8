import { NextResponse } from 'next/server';

import { AUTH_NOT_CONFIGURED_PATH, SIGN_IN_TASKS_PATH } from '../../paths';

import { missingClerkVariables } from '../config/clerk';
import { loggablePath } from '../../security/loggable-path';

/** Headers of every response that depends on who asks: no shared cache may keep it. */
export const PRIVATE_HEADERS = { 'Cache-Control': 'private, no-store' } as const;

/** Every `error` code the private API answers with; its OpenAPI description lists the same. */
export const API_ERROR_CODES = [
  'unauthenticated',
  'session_task_pending',
  'forbidden',
  'not_found',
  'auth_not_configured',
  'machine_token_required',
  'bad_request',
  'gifts_off',
  'verification_unavailable',
  'too_large',
  'insufficient_scope',
  'rate_limited',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export function apiError(
  status: number,
  error: ApiErrorCode,
  message: string,
  headers: HeadersInit = {},
): Response {
  return Response.json({ error, message }, { status, headers: { ...PRIVATE_HEADERS, ...headers } });
}

export function unauthenticated(pendingTask = false): Response {
  return pendingTask
    ? apiError(
        401,
        'session_task_pending',
        `Your session has a pending task: finish it at ${SIGN_IN_TASKS_PATH}, then retry.`,
        {
          'WWW-Authenticate':
            'Bearer error="invalid_token", error_description="session task pending"',
        },
      )
    : apiError(
        401,
        'unauthenticated',
        'Sign in, or send a session token, API key or OAuth access token as "Authorization: Bearer <token>".',
        {
          'WWW-Authenticate': 'Bearer',
        },
      );
}

/** The machine API's answer to anything but a valid Clerk M2M token, a browser session included. */
export function machineTokenRequired(): Response {
  return apiError(
    401,
    'machine_token_required',
    'This endpoint is for services: send a Clerk machine-to-machine token as "Authorization: Bearer <token>".',
    {
      'WWW-Authenticate':
        'Bearer error="invalid_token", error_description="machine token required"',
    },
  );
}

/**
 * The answer while Clerk cannot verify an API key or machine token (down, slow, refusing this
 * site, or too many new tokens this second): retry later, nothing is wrong with the caller's request.
 */
export function verificationUnavailable(retryAfterSeconds: number): Response {
  return apiError(
    503,
    'verification_unavailable',
    `This token cannot be verified right now; retry in ${retryAfterSeconds} s.`,
    {
      'Retry-After': String(retryAfterSeconds),
    },
  );
}

/**
 * An OAuth access token without the scope this endpoint needs, or on an endpoint that takes a
 * session or API key only (`scope` null): the member granted the app less than it asks for.
 */
export function insufficientScope(scope: string | null): Response {
  return scope
    ? apiError(
        403,
        'insufficient_scope',
        `This endpoint needs the OAuth scope "${scope}", which this token was not granted.`,
        {
          'WWW-Authenticate': `Bearer error="insufficient_scope", scope="${scope}"`,
        },
      )
    : apiError(
        403,
        'insufficient_scope',
        'This endpoint takes a signed-in session or an API key, not an OAuth access token.',
        { 'WWW-Authenticate': 'Bearer error="insufficient_scope"' },
      );
}

/** One credential made more requests than its share (lib/auth/tokens/rate-limit.ts). */
export function rateLimited(retryAfterSeconds: number): Response {
  return apiError(
    429,
    'rate_limited',
    `Too many requests with this credential; retry in ${retryAfterSeconds} s.`,
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

/** A private preview site's API answer to a signed-in reader who is not an editor. */
export function editorsOnly(): Response {
  return apiError(
    403,
    'forbidden',
    'This is a private preview of the publication: only editors may use it.',
  );
}

export function notConfiguredMessage(): string {
  const { required, recommended } = missingClerkVariables();
  const also =
    recommended.length > 0 ? ` For production, set ${recommended.join(' and ')} too.` : '';
  return `Sign-in is not configured on this site. Set ${required.join(' and ')} (see .env.example), then build and start again, or run the demo with simulated identities: npm run demo.${also}`;
}

/**
 * The member area's answer when sign-in is not configured. HTML requests are rewritten to a page
 * in the site's frame; the status stays 503 so that no monitor or crawler takes it for a page.
 */
export function authNotConfigured(req: Request, json: boolean): Response {
  if (json) return apiError(503, 'auth_not_configured', notConfiguredMessage());
  return NextResponse.rewrite(new URL(AUTH_NOT_CONFIGURED_PATH, req.url), {
    status: 503,
    headers: { ...PRIVATE_HEADERS, 'Retry-After': '3600' },
  });
}

const LOGGED_PATH_LENGTH = 100;

/**
 * A request no page can answer because its path does not decode: 400, and one short line in the
 * log (the path without any secret it holds, cut to 100 characters) instead of a stack trace.
 */
export function malformedPath(pathname: string): Response {
  const loggable = loggablePath(pathname);
  const shown =
    loggable.length > LOGGED_PATH_LENGTH ? `${loggable.slice(0, LOGGED_PATH_LENGTH)}…` : loggable;
  console.warn(`400 malformed percent-encoding in the path: ${JSON.stringify(shown)}`);
  return new Response('Bad Request: the path holds a percent-encoding that does not decode.\n', {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** The proxy's 404 for an address no request may name (the readings', lib/auth/proxy/readings/lock.ts). */
export function notFoundHere(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...PRIVATE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
